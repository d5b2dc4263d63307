#include "core/money/rounding.h"

#include <array>
#include <limits>
#include <stdexcept>

namespace salesdesk::core {
namespace {

constexpr int kMaxPow10 = 38;
constexpr __int128 kInt64Min = std::numeric_limits<std::int64_t>::min();
constexpr __int128 kInt64Max = std::numeric_limits<std::int64_t>::max();

constexpr auto kPowers = [] {
  std::array<__int128, kMaxPow10 + 1> powers{};
  powers[0] = 1;
  for (int i = 1; i <= kMaxPow10; ++i) powers[i] = powers[i - 1] * 10;
  return powers;
}();

Error Overflow() { return Error::Make(ErrorCode::kOverflow, Msg("money.result_overflow")); }

}  // namespace

const char* RoundingModeName(RoundingMode mode) {
  return mode == RoundingMode::kHalfEven ? "half_even" : "half_up";
}

__int128 Pow10(int n) {
  if (n < 0 || n > kMaxPow10) throw std::out_of_range("Pow10 exponent out of range");
  return kPowers[n];
}

__int128 DivRoundHalfUp(__int128 num, __int128 den) {
  const bool negative = num < 0;
  const __int128 magnitude = negative ? -num : num;
  __int128 q = magnitude / den;
  const __int128 r = magnitude % den;
  if (r >= den - r) q += 1;  // r/den >= 1/2, compared without doubling
  return negative ? -q : q;
}

__int128 RoundDivPow10(__int128 value, int digits, RoundingMode mode) {
  if (digits < 0) throw std::invalid_argument("RoundDivPow10 needs a non-negative digit count");
  if (digits == 0) return value;
  if (digits > kMaxPow10) return 0;
  const __int128 divisor = Pow10(digits);
  __int128 quotient = value / divisor;  // truncates toward zero
  const __int128 remainder = value % divisor;
  if (remainder == 0) return quotient;
  // Compare |remainder| with divisor - |remainder| rather than 2*|remainder| with divisor:
  // doubling could overflow for 38 digits.
  const __int128 magnitude = remainder < 0 ? -remainder : remainder;
  const __int128 rest = divisor - magnitude;
  bool away = magnitude > rest;
  if (magnitude == rest) away = mode == RoundingMode::kHalfUp || quotient % 2 != 0;
  if (away) quotient += value < 0 ? -1 : 1;
  return quotient;
}

Result<std::int64_t> Rescale(__int128 value, int from_scale, int to_scale, RoundingMode mode) {
  __int128 result = 0;
  if (to_scale <= from_scale) {
    result = RoundDivPow10(value, from_scale - to_scale, mode);
  } else {
    // Growing the scale is exact; any non-zero value times 10^19 already exceeds int64.
    const int grow = to_scale - from_scale;
    if (value < kInt64Min || value > kInt64Max) return Overflow();
    if (value != 0 && grow > 18) return Overflow();
    if (value != 0) result = value * Pow10(grow);
  }
  if (result < kInt64Min || result > kInt64Max) return Overflow();
  return static_cast<std::int64_t>(result);
}

}  // namespace salesdesk::core
