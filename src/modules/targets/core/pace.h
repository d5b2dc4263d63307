// Attainment and pace (issue 14): how far the actual is along a target, and what must be done
// per remaining working day to reach it. Exact rationals rounded once, half-up (RULES 0.2, 0.3).
#pragma once

#include <cstdint>
#include <optional>

namespace salesdesk::modules::targets {

// round(10000 × actual ÷ target) in basis points; none when the target is 0.
std::optional<std::int64_t> AttainmentBp(std::int64_t actual, std::int64_t target);

// round(max(target − actual, 0) ÷ (remaining_half_days ÷ 2)): per full working day left. 0
// when the target is reached; none when something is left and no working time is.
std::optional<std::int64_t> PacePerDay(std::int64_t target, std::int64_t actual,
                                       std::int64_t remaining_half_days);

}  // namespace salesdesk::modules::targets
