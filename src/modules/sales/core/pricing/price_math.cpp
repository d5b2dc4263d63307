#include "modules/sales/core/pricing/price_math.h"

namespace salesdesk::core::pricing {

std::optional<__int128> CheckedMul(__int128 a, __int128 b) {
  __int128 r = 0;
  if (__builtin_mul_overflow(a, b, &r)) return std::nullopt;
  return r;
}

__int128 RoundDivide(__int128 num, __int128 den, RoundingMode mode) {
  const bool negative = num < 0;
  const unsigned __int128 n = negative ? 0 - static_cast<unsigned __int128>(num) : num;
  const unsigned __int128 d = static_cast<unsigned __int128>(den);
  unsigned __int128 q = n / d;
  const unsigned __int128 r = n % d;
  const unsigned __int128 twice = r * 2;  // r < d <= 2^127, so no overflow
  if (twice > d || (twice == d && (mode == RoundingMode::kHalfUp || (q & 1) == 1))) ++q;
  const __int128 magnitude = static_cast<__int128>(q);
  return negative ? -magnitude : magnitude;
}

__int128 LessPercent(__int128 price, Percent pct, RoundingMode mode) {
  return RoundDivPow10(price * (kPercentOne - pct.units()), 6, mode);
}

std::optional<UnitPrice> ToUnitPrice(__int128 price12, RoundingMode mode) {
  Result<std::int64_t> units = Rescale(price12, kPriceScale, UnitPrice::kScale, mode);
  if (!units.ok()) return std::nullopt;
  return UnitPrice::FromUnits(*units);
}

std::string FormatPrice(UnitPrice price, const Currency& currency) {
  std::string text = price.ToString();
  const std::size_t dot = text.find('.');
  const int decimals = dot == std::string::npos ? 0 : static_cast<int>(text.size() - dot - 1);
  if (decimals < currency.exponent()) {
    if (dot == std::string::npos) text += '.';
    text.append(static_cast<std::size_t>(currency.exponent() - decimals), '0');
  }
  return text;
}

}  // namespace salesdesk::core::pricing
