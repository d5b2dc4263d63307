// The single place where amounts are rounded. Every computed amount is an exact product held in
// __int128 and is rounded exactly once, by Rescale, to the scale it is stored at.
#pragma once

#include <cstdint>

#include "core/result.h"

namespace salesdesk::core {

enum class RoundingMode : std::uint8_t {
  kHalfUp,    // ties away from zero: 0.125 -> 0.13, -0.125 -> -0.13 (the default)
  kHalfEven,  // ties to the even neighbour (banker's rounding): 0.125 -> 0.12, 0.135 -> 0.14
};

const char* RoundingModeName(RoundingMode mode);

// 10^n for 0 <= n <= 38 (10^38 is the largest power of ten an __int128 holds).
__int128 Pow10(int n);

// value / 10^digits, rounded per mode. Never overflows: |result| <= |value|. digits > 38 yield
// 0 (|value| < 10^39 / 2). digits must be >= 0; a negative count is a bug and throws.
__int128 RoundDivPow10(__int128 value, int digits, RoundingMode mode);

// round(num / den), half-up (ties away from zero); den must be > 0. For ratios kept in basis
// points or per-unit shares, where the divisor is not a power of ten.
__int128 DivRoundHalfUp(__int128 num, __int128 den);

// Re-expresses `value` (units of 10^-from_scale) in units of 10^-to_scale: divides with one
// rounding step when the scale shrinks, multiplies exactly when it grows. kOverflow when the
// result does not fit in int64.
Result<std::int64_t> Rescale(__int128 value, int from_scale, int to_scale, RoundingMode mode);

}  // namespace salesdesk::core
