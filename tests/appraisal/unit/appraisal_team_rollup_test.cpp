// The team roll-up (decision 0077): averages over the reps whose figure applies, rounded half up
// once; the team's sales attainment uncapped over the reps with a target; every state counted.
#include <gtest/gtest.h>

#include "modules/appraisal/core/team_rollup.h"

namespace salesdesk::core::appraisal {
namespace {

RepMonth Rep(std::optional<std::int64_t> team, std::optional<std::int64_t> score,
             std::optional<std::int64_t> target, std::int64_t actual, std::string state) {
  RepMonth r{team, score, target, actual, {}, std::move(state)};
  return r;
}

TEST(TeamRollUp, AveragesLeaveOutNotApplicableAndRoundOnceHalfUp) {
  // Team 7: scores 8,001 and 8,002 and one n/a → (8,001 + 8,002) / 2 = 8,001.5 → 8,002.
  std::vector<RepMonth> reps = {Rep(7, 8'001, 100'000, 90'000, "signed"),
                                Rep(7, 8'002, 50'000, 80'000, "rated"),
                                Rep(7, std::nullopt, std::nullopt, 5'000, "none")};
  const RollUp r = RollUpTeams(reps);
  ASSERT_EQ(r.teams.size(), 1u);
  const TeamMonth& t = r.teams[0];
  EXPECT_EQ(t.team_id, 7);
  EXPECT_EQ(t.reps, 3);
  EXPECT_EQ(t.score.count, 2);
  EXPECT_EQ(t.score.mean_bp, 8'002);
  EXPECT_EQ(t.score.low_bp, 8'001);
  EXPECT_EQ(t.score.high_bp, 8'002);
  // Sales: 175,000 in all; the two reps with a target sold 170,000 of 150,000 → 113.33 %,
  // uncapped (a scored row would stop at its cap).
  EXPECT_EQ(t.actual_sales, 175'000);
  EXPECT_EQ(t.planned_target, 150'000);
  EXPECT_EQ(t.actual_on_target, 170'000);
  EXPECT_EQ(t.sales_attainment_bp, 11'333);
  EXPECT_EQ(t.states.at("signed"), 1);
  EXPECT_EQ(t.states.at("rated"), 1);
  EXPECT_EQ(t.states.at("none"), 1);
  EXPECT_EQ(t.states.at("acknowledged"), 0);  // every state is there, 0 included
  EXPECT_EQ(t.states.size(), kCardStates.size());
}

TEST(TeamRollUp, EachTeamItsOwnLineTheTeamlessLastAndATotalOfAll) {
  std::vector<RepMonth> reps = {Rep(9, 6'000, std::nullopt, 0, "draft"),
                                Rep(std::nullopt, 9'000, std::nullopt, 0, "none"),
                                Rep(3, 7'000, std::nullopt, 0, "acknowledged")};
  const RollUp r = RollUpTeams(reps);
  ASSERT_EQ(r.teams.size(), 3u);
  EXPECT_EQ(r.teams[0].team_id, 3);
  EXPECT_EQ(r.teams[1].team_id, 9);
  EXPECT_EQ(r.teams[2].team_id, std::nullopt);
  EXPECT_EQ(r.teams[2].score.mean_bp, 9'000);
  EXPECT_EQ(r.total.reps, 3);
  EXPECT_EQ(r.total.score.mean_bp, 7'333);  // 22,000 / 3 = 7,333.3
  // Nobody has a target: no attainment, not 0 %.
  EXPECT_EQ(r.total.sales_attainment_bp, std::nullopt);
}

TEST(TeamRollUp, ItemAveragesPerItemOverTheRepsWhereItApplies) {
  RepMonth a = Rep(1, 9'000, std::nullopt, 0, "none");
  a.attainment_bp[Item::kOutboundCalls] = 12'000;
  a.attainment_bp[Item::kGrowth] = std::nullopt;  // no base last year
  RepMonth b = Rep(1, 5'000, std::nullopt, 0, "none");
  b.attainment_bp[Item::kOutboundCalls] = 3'000;
  b.attainment_bp[Item::kGrowth] = 10'000;
  const RollUp r = RollUpTeams({a, b});
  const TeamMonth& t = r.teams.at(0);
  EXPECT_EQ(t.items.at(Item::kOutboundCalls).mean_bp, 7'500);
  EXPECT_EQ(t.items.at(Item::kOutboundCalls).count, 2);
  EXPECT_EQ(t.items.at(Item::kGrowth).mean_bp, 10'000);
  EXPECT_EQ(t.items.at(Item::kGrowth).count, 1);
  // An item nobody has: listed, n/a.
  EXPECT_EQ(t.items.at(Item::kConduct).count, 0);
  EXPECT_EQ(t.items.at(Item::kConduct).mean_bp, std::nullopt);
  EXPECT_EQ(t.items.size(), kAllItems.size());
}

TEST(TeamRollUp, CreditNotesAboveTheSalesReadAsNothingSold) {
  const RollUp r = RollUpTeams({Rep(1, std::nullopt, 10'000, -2'500, "none")});
  EXPECT_EQ(r.teams[0].actual_sales, -2'500);
  EXPECT_EQ(r.teams[0].sales_attainment_bp, 0);
}

}  // namespace
}  // namespace salesdesk::core::appraisal
