// Re-planning at a month close (RULES A-R6), hand-computed with Allocate (RULES 0.4). The plan:
// 1400 a year, 100 a month January to March, then Apr–Sep 100, Oct and Nov 200, Dec 100
// (Σ Apr–Dec 1100). Closed through March, whose targets add up to 300.
#include <gtest/gtest.h>

#include "modules/targets/core/replan.h"

namespace salesdesk::modules::targets {
namespace {

ReplanInput Plan(std::int64_t actual) {
  return {.annual = 1400,
          .original = {100, 100, 100, 100, 100, 100, 100, 100, 100, 200, 200, 100},
          .closed_through = 3,
          .actual = actual};
}

TEST(TargetsReplan, BehindTheGapIsSpreadInTheOriginalShape) {
  // Actual 150: remaining 1400 − 150 = 1250 over 100 ×7 and 200 ×2 (Σ 1100):
  // 125000/1100 = 113 r 700; 250000/1100 = 227 r 300; Σ floors 7×113 + 2×227 = 1245;
  // 5 units to the 700/1100 remainders, earliest first: Apr–Aug 114, Sep 113, Dec 113.
  auto months = Replan(Plan(150));
  ASSERT_TRUE(months.ok());
  EXPECT_EQ(*months, (Months{100, 100, 100, 114, 114, 114, 114, 114, 113, 227, 227, 113}));
  // The closed months keep their targets; the rest adds up to the remaining 1250.
  std::int64_t rest = 0;
  for (int m = 3; m < 12; ++m) rest += (*months)[m];
  EXPECT_EQ(rest, 1250);
}

TEST(TargetsReplan, AheadTheOriginalTargetsStayByDefault) {
  // Actual 400: remaining 1000 < 1100 planned; lowering is not allowed by default.
  auto months = Replan(Plan(400));
  ASSERT_TRUE(months.ok());
  EXPECT_EQ(*months, Plan(400).original);
}

TEST(TargetsReplan, AheadWithAllowDecreaseLowersInTheOriginalShape) {
  // 1000 over Σ 1100: 100000/1100 = 90 r 1000; 200000/1100 = 181 r 900; Σ floors 992;
  // 8 units: the seven 1000/1100 remainders, then October (900/1100, ties to the lower index).
  ReplanInput in = Plan(400);
  in.allow_decrease = true;
  auto months = Replan(in);
  ASSERT_TRUE(months.ok());
  EXPECT_EQ(*months, (Months{100, 100, 100, 91, 91, 91, 91, 91, 91, 182, 181, 91}));
}

TEST(TargetsReplan, CatchUpNextMonthPutsTheWholeGapOnApril) {
  // Gap 1250 − 1100 = 150 on April: 100 + 150.
  ReplanInput in = Plan(150);
  in.policy = ReplanPolicy::kCatchUpNextMonth;
  auto months = Replan(in);
  ASSERT_TRUE(months.ok());
  EXPECT_EQ(*months, (Months{100, 100, 100, 250, 100, 100, 100, 100, 100, 200, 200, 100}));
}

TEST(TargetsReplan, KeepChangesNothing) {
  ReplanInput in = Plan(0);
  in.policy = ReplanPolicy::kKeep;
  auto months = Replan(in);
  ASSERT_TRUE(months.ok());
  EXPECT_EQ(*months, in.original);
}

TEST(TargetsReplan, OnlyJanuaryToNovemberCanBeClosed) {
  ReplanInput in = Plan(0);
  in.closed_through = 12;
  auto months = Replan(in);
  ASSERT_FALSE(months.ok());
  EXPECT_EQ(months.error().field, "closed_through");
  EXPECT_FALSE(ParsePolicy("later").ok());
  EXPECT_EQ(ParsePolicy("later").error().field, "policy");
}

}  // namespace
}  // namespace salesdesk::modules::targets
