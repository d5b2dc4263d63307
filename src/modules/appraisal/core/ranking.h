// Ranks for a leaderboard: higher is better, ties share a rank and the next rank skips the tied
// places (standard competition ranking: 9,000, 9,000, 8,000 → 1, 1, 3); a person whose figure
// is n/a is not ranked (no rank, listed last by the caller).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace salesdesk::core::appraisal {

std::vector<std::optional<int>> CompetitionRanks(
    const std::vector<std::optional<std::int64_t>>& values);

}  // namespace salesdesk::core::appraisal
