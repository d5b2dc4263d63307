// Year → months (RULES A-R2): the annual total split over twelve seasonality weights.
#pragma once

#include <array>
#include <cstdint>

#include "core/result.h"

namespace salesdesk::modules::targets {

using Months = std::array<std::int64_t, 12>;  // January first

// The weights of profile (a): last year's net actual per month, a negative month (more credit
// than sales) counting as 0.
Months LastYearWeights(const Months& actuals);

// Every month weight 1 (profile c).
Months EqualWeights();

// Allocate(annual, weights) (RULES 0.4). Weights need not add to 100. All zero (or a negative
// weight) → kInvalidArgument "targets.seasonality_profile_empty" naming `field`.
core::Result<Months> YearToMonths(std::int64_t annual, const Months& weights,
                                  const char* field = "weights");

}  // namespace salesdesk::modules::targets
