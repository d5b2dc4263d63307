// Exact rational rounding for the receivables rules: one half-up step (ties away from zero) on
// num/den held in __int128 (RULES 0.2).
#pragma once

namespace salesdesk::core::billing {

// round(num / den), half-up; den must be > 0.
inline __int128 RoundHalfUp(__int128 num, __int128 den) {
  const bool negative = num < 0;
  const __int128 magnitude = negative ? -num : num;
  __int128 q = magnitude / den;
  const __int128 r = magnitude % den;
  if (r >= den - r) q += 1;  // r/den >= 1/2, compared without doubling
  return negative ? -q : q;
}

}  // namespace salesdesk::core::billing
