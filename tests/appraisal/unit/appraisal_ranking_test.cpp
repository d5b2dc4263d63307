// Leaderboard ranks (decision 0053): higher first, ties share a rank and skip the next places,
// n/a is not ranked.
#include <gtest/gtest.h>

#include "modules/appraisal/core/ranking.h"

namespace salesdesk::core::appraisal {
namespace {

using R = std::vector<std::optional<int>>;

TEST(AppraisalRanking, TiesShareARankAndTheNextSkips) {
  // 9,000 twice beats 8,000: 1, 1, then 3 (two people are better), 10,500 first of all.
  EXPECT_EQ(CompetitionRanks({9000, 9000, 8000, 10500}), (R{2, 2, 4, 1}));
}

TEST(AppraisalRanking, NotApplicableIsNotRanked) {
  EXPECT_EQ(CompetitionRanks({std::nullopt, 5000, 5000}), (R{std::nullopt, 1, 1}));
  EXPECT_EQ(CompetitionRanks({}), R{});
}

}  // namespace
}  // namespace salesdesk::core::appraisal
