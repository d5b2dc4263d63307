// Exact integer helpers for the pricing engine. Prices are carried as __int128 at fixed scales:
// kPriceScale (12) for unit prices, kAmountScale (15 = 12 + Quantity's 3) for line amounts, so a
// percentage of a scale-6 list price is exact and nothing is rounded until the one final step.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/money/currency.h"
#include "core/money/decimal.h"
#include "core/money/rounding.h"

namespace salesdesk::core::pricing {

inline constexpr int kPriceScale = 12;
inline constexpr int kAmountScale = kPriceScale + Quantity::kScale;
// 100 % in Percent units divided by 100: x * (kPercentOne - pct) / kPercentOne is x less pct %.
inline constexpr std::int64_t kPercentOne = 1'000'000;

// a * b, or nullopt when the product leaves __int128.
std::optional<__int128> CheckedMul(__int128 a, __int128 b);

// num / den rounded per mode (den > 0). Only for divisors that are not powers of ten (a price
// step such as 0.05, a quantity for the weighted average); powers of ten go through
// RoundDivPow10 in core/money/rounding.h like every other amount.
__int128 RoundDivide(__int128 num, __int128 den, RoundingMode mode);

// A scale-6 UnitPrice lifted to kPriceScale.
inline __int128 ToPrice12(UnitPrice p) { return static_cast<__int128>(p.units()) * 1'000'000; }

// price * (100 % - pct), staying at the scale of `price` (one rounding of 6 digits).
__int128 LessPercent(__int128 price, Percent pct, RoundingMode mode);

// A kPriceScale price as a UnitPrice (scale 6), rounded once; nullopt on overflow.
std::optional<UnitPrice> ToUnitPrice(__int128 price12, RoundingMode mode);

// "9.50" for EUR, "1200" for JPY, "1.250" for KWD; more decimals only when the price has them.
std::string FormatPrice(UnitPrice price, const Currency& currency);

}  // namespace salesdesk::core::pricing
