// Money: an integer count of a currency's minor units (cents for EUR, yen for JPY, fils for
// KWD). All arithmetic is exact in __int128 with one rounding step per computed amount
// (rounding.h); amounts of different currencies are never combined implicitly.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "core/money/currency.h"
#include "core/money/decimal.h"
#include "core/money/rounding.h"
#include "core/result.h"

namespace salesdesk::core {

struct Money {
  std::int64_t minor;
  Currency currency;

  bool operator==(const Money&) const = default;
};

// Strict decimal string with at most currency.exponent() decimals: "12.30" EUR, "12345" JPY,
// "1.234" KWD. Fewer decimals are fine ("12.3" EUR is 1230 cents). Error field: "amount".
Result<Money> ParseMoney(std::string_view amount, Currency currency);

// Canonical amount with exactly exponent() decimals: "12.30", "-0.05", "12345", "1.234".
// ParseMoney(FormatAmount(m), m.currency) == m for every m.
std::string FormatAmount(const Money& money);

// kInvalidArgument when the currencies differ; kOverflow when the result leaves int64.
Result<Money> Add(const Money& a, const Money& b);
Result<Money> Subtract(const Money& a, const Money& b);
// Sum of `items`, all of which must be in `currency` (the sum of nothing is zero).
Result<Money> Sum(std::span<const Money> items, Currency currency);

// amount * pct / 100, rounded once: 10 % of JPY 12345 is 1235 (half-up) or 1234 (half-even).
Result<Money> MultiplyByPercent(const Money& amount, Percent pct,
                                RoundingMode mode = RoundingMode::kHalfUp);

// amount * (100 - pct) / 100, rounded once. Pure arithmetic: range rules for discounts (say
// 0..100) belong to the caller.
Result<Money> ApplyDiscount(const Money& amount, Percent pct,
                            RoundingMode mode = RoundingMode::kHalfUp);

// unit_price * quantity rounded once to the currency's exponent (the line amount).
Result<Money> Extend(UnitPrice unit_price, Quantity quantity, Currency currency,
                     RoundingMode mode = RoundingMode::kHalfUp);

// amount * rate in `target`, rounded once; `rate` is target units per source unit and must be
// positive (kInvalidArgument otherwise).
Result<Money> Convert(const Money& amount, Rate rate, Currency target,
                      RoundingMode mode = RoundingMode::kHalfUp);

}  // namespace salesdesk::core
