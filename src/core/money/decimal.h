// Fixed-scale decimals for the numbers next to money that need more digits than a currency's
// minor unit: percentages, exchange rates, unit prices, quantities. Each is a distinct type (the
// tag), so a Quantity can never be passed where a UnitPrice is expected.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"

namespace salesdesk::core {

// Outcome of the low-level scaled parse, shared with ParseMoney so both accept the same grammar:
// -?[0-9]+(\.[0-9]+)? with at most `scale` fraction digits.
enum class DecimalParseStatus : std::uint8_t {
  kOk,
  kEmpty,
  kMalformed,
  kTooManyDecimals,
  kOverflow
};

struct ScaledParse {
  DecimalParseStatus status = DecimalParseStatus::kOk;
  std::int64_t units = 0;  // value * 10^scale, valid only when status == kOk
};

// Parses `text` into units of 10^-scale (0 <= scale <= 18). Exact; never rounds.
ScaledParse ParseScaled(std::string_view text, int scale);

// Formats units of 10^-scale. With trim, trailing fraction zeros (and a bare '.') are dropped:
// "12.5", "3"; without, exactly `scale` decimals are printed: "12.50".
std::string FormatScaled(std::int64_t units, int scale, bool trim);

// ParseScaled with user-facing errors naming `name` (e.g. "percent") as the field.
Result<std::int64_t> ParseScaledDecimal(std::string_view text, int scale, std::string_view name);

template <int Scale, typename Tag>
class FixedDecimal {
  static_assert(Scale >= 0 && Scale <= 18, "scale must fit in int64 units");

 public:
  static constexpr int kScale = Scale;

  constexpr FixedDecimal() = default;
  // `units` counts 10^-Scale: Percent::FromUnits(125000) is 12.5 %.
  static constexpr FixedDecimal FromUnits(std::int64_t units) { return FixedDecimal(units); }
  constexpr std::int64_t units() const { return units_; }

  // Strict: optional '-', digits, optional '.' and 1..Scale digits. No '+', exponent, spaces or
  // separators. The error's field is Tag::kName; callers may overwrite it with their JSON path.
  static Result<FixedDecimal> Parse(std::string_view text) {
    SD_ASSIGN(std::int64_t units, ParseScaledDecimal(text, Scale, Tag::kName));
    return FixedDecimal(units);
  }

  // Canonical, trailing zeros trimmed: "12.5", "0.858762", "3", "-0.0005".
  std::string ToString() const { return FormatScaled(units_, Scale, /*trim=*/true); }

  Result<FixedDecimal> Add(FixedDecimal other) const {
    std::int64_t sum = 0;
    if (__builtin_add_overflow(units_, other.units_, &sum)) return OverflowError();
    return FixedDecimal(sum);
  }
  Result<FixedDecimal> Subtract(FixedDecimal other) const {
    std::int64_t difference = 0;
    if (__builtin_sub_overflow(units_, other.units_, &difference)) return OverflowError();
    return FixedDecimal(difference);
  }

  friend constexpr auto operator<=>(FixedDecimal, FixedDecimal) = default;
  friend constexpr bool operator==(FixedDecimal, FixedDecimal) = default;

 private:
  constexpr explicit FixedDecimal(std::int64_t units) : units_(units) {}
  static Error OverflowError() {
    return Error::Make(ErrorCode::kOverflow,
                       std::string(Tag::kName) + " is too large to represent");
  }

  std::int64_t units_ = 0;
};

struct PercentTag {
  static constexpr const char* kName = "percent";
};
struct RateTag {
  static constexpr const char* kName = "rate";
};
struct UnitPriceTag {
  static constexpr const char* kName = "unit_price";
};
struct QuantityTag {
  static constexpr const char* kName = "quantity";
};

using Percent = FixedDecimal<4, PercentTag>;      // 12.5 % is 125000 units
using Rate = FixedDecimal<8, RateTag>;            // exchange rate: 1 source unit = rate target
using UnitPrice = FixedDecimal<6, UnitPriceTag>;  // in major units of its currency
using Quantity = FixedDecimal<3, QuantityTag>;

}  // namespace salesdesk::core
