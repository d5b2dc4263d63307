// Exact rational rounding for the receivables rules: one half-up step (ties away from zero) on
// num/den held in __int128 (RULES 0.2).
#pragma once

#include "core/money/rounding.h"

namespace salesdesk::core::billing {

// round(num / den), half-up; den must be > 0 (the core rounding step, under billing's name).
inline __int128 RoundHalfUp(__int128 num, __int128 den) { return DivRoundHalfUp(num, den); }

}  // namespace salesdesk::core::billing
