// Currency: an ISO 4217 code and its minor-unit exponent (EUR 2, JPY 0, KWD 3). The only way to
// get one is ParseCurrency, so every Currency in the system is a known, active code.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace salesdesk::core {

class Currency {
 public:
  // The three-letter code, e.g. "EUR". Returned by value so it cannot dangle.
  std::string code() const { return std::string(code_.data(), code_.size()); }
  // Number of decimals of the minor unit: 2 for EUR (cents), 0 for JPY, 3 for KWD.
  int exponent() const { return exponent_; }

  bool operator==(const Currency&) const = default;

 private:
  friend Result<Currency> ParseCurrency(std::string_view code);
  friend const std::vector<Currency>& KnownCurrencies();
  constexpr Currency(std::array<char, 3> code, std::int8_t exponent)
      : code_(code), exponent_(exponent) {}

  std::array<char, 3> code_;
  std::int8_t exponent_;
};

// Strict: exactly three uppercase ASCII letters naming an active ISO 4217 currency.
Result<Currency> ParseCurrency(std::string_view code);

// Every currency ParseCurrency accepts, sorted by code.
const std::vector<Currency>& KnownCurrencies();

}  // namespace salesdesk::core
