// Allocate (RULES 0.4): the one splitting primitive. Splits an integer total (minor units or a
// count) over weights by largest remainder (Hamilton): every part is the floor of its exact
// quota, and the units left over go to the largest remainders, ties to the larger weight, then
// to the lower index. Parts add up to the total exactly and never drift by a unit or more.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace salesdesk::core {

// An exact non-negative rational weight num/den (den > 0). Integer weights have den 1.
struct Weight {
  __int128 num = 0;
  __int128 den = 1;
};

// Splits `total` over `weights` (one part per weight, in order). A negative total is split as
// |total| and every part negated. Errors name `field` (the weights' field, e.g. "portions"):
// no weights or Σw = 0 → kInvalidArgument "money.allocation_basis_empty"; a negative weight or
// a denominator ≤ 0 → kInvalidArgument on "<field>/<i>"; kOverflow when the exact arithmetic
// would leave __int128.
Result<std::vector<std::int64_t>> Allocate(std::int64_t total, std::span<const Weight> weights,
                                           std::string_view field = "weights");
Result<std::vector<std::int64_t>> Allocate(std::int64_t total,
                                           std::span<const std::int64_t> weights,
                                           std::string_view field = "weights");

}  // namespace salesdesk::core
