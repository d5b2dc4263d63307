// E-R8: one run's letters, levels rising by at most one, at 31 Mar 2026.
#include <gtest/gtest.h>

#include "billing_test_util.h"
#include "modules/billing/core/dunning.h"

namespace salesdesk::core::billing {
namespace {

using testing::D;
using testing::P;

// Level 1 at 7 days past due, no fee; level 2 at 21 days and 14 since level 1, fee 5.00;
// level 3 at 35 days and 14 since level 2, fee 10.00, a task and a credit hold.
const DunningLevel kLevels[] = {
    {7, 0, 0, P("0")}, {21, 14, 500, P("5")}, {35, 14, 1000, P("9.12"), true, true}};

const LetterProposal* For(const std::vector<LetterProposal>& letters, std::int64_t customer) {
  for (const auto& l : letters) {
    if (l.customer == customer) return &l;
  }
  return nullptr;
}

TEST(BillingDunning, LevelsRiseByOneAndNeverSkip) {
  const DunnableLine lines[] = {
      // customer 1
      {1, D("2026-03-20"), 100, 5000, 0, std::nullopt},     // 0: d 11 → level 1
      {1, D("2026-02-01"), 100, 5000, 0, std::nullopt},     // 1: d 58, never dunned → 1 only
      {1, D("2026-01-15"), 100, 5000, 1, D("2026-03-25")},  // 2: 6 days since level 1 < 14
      // customer 2
      {2, D("2026-01-01"), 100, 5000, 2, D("2026-03-01")},  // 3: d 89, 30 days since → 3
      {2, D("2026-03-30"), 100, 5000, 0, std::nullopt},     // 4: d 1 < 7 → stays 0
      // customer 3: nothing rises
      {3, D("2026-03-31"), 100, 5000, 0, std::nullopt},     // 5: d 0, not overdue
      {3, D("2026-03-01"), 100, 5000, 3, D("2026-03-10")},  // 6: already at the top
  };
  auto r = ProposeDunning(D("2026-03-31"), kLevels, lines);
  ASSERT_TRUE(r.ok()) << r.error().message;
  ASSERT_EQ(r->size(), 2u);
  const LetterProposal* one = For(*r, 1);
  ASSERT_NE(one, nullptr);
  EXPECT_EQ(one->level, 1);
  EXPECT_EQ(one->fee, 0);
  ASSERT_EQ(one->lines.size(), 3u);
  EXPECT_EQ(one->lines[0].level_after, 1);
  EXPECT_EQ(one->lines[1].level_after, 1);  // 58 days would meet level 3's 35, yet only 1
  EXPECT_EQ(one->lines[2].level_after, 1);  // rested 6 of 14 days
  EXPECT_EQ(one->overdue_base, 15000);
  const LetterProposal* two = For(*r, 2);
  ASSERT_NE(two, nullptr);
  EXPECT_EQ(two->level, 3);   // the highest line level
  EXPECT_EQ(two->fee, 1000);  // once per letter, at that level's fee
  EXPECT_TRUE(two->creates_task);
  EXPECT_TRUE(two->credit_hold);
  EXPECT_EQ(two->lines[1].level_after, 0);
  EXPECT_EQ(For(*r, 3), nullptr);
}

TEST(BillingDunning, DaysSinceThePreviousLevelAreInclusiveOfTheMinimum) {
  // Level 1 reached 17 Mar; 31 Mar − 17 Mar = 14 ≥ 14 → level 2 (d = 30 ≥ 21).
  const DunnableLine exactly[] = {{1, D("2026-03-01"), 100, 100, 1, D("2026-03-17")}};
  EXPECT_EQ((*ProposeDunning(D("2026-03-31"), kLevels, exactly))[0].level, 2);
  // 18 Mar: 13 days → no rise, no letter.
  const DunnableLine short_rest[] = {{1, D("2026-03-01"), 100, 100, 1, D("2026-03-18")}};
  EXPECT_TRUE(ProposeDunning(D("2026-03-31"), kLevels, short_rest)->empty());
  // 7 days past due reaches level 1 exactly (24 Mar → 31 Mar); 6 days does not.
  const DunnableLine seven[] = {{1, D("2026-03-24"), 100, 100, 0, std::nullopt}};
  EXPECT_EQ(ProposeDunning(D("2026-03-31"), kLevels, seven)->size(), 1u);
  const DunnableLine six[] = {{1, D("2026-03-25"), 100, 100, 0, std::nullopt}};
  EXPECT_TRUE(ProposeDunning(D("2026-03-31"), kLevels, six)->empty());
}

TEST(BillingDunning, MinimumOverdueTotalPerLetter) {
  const DunnableLine lines[] = {{4, D("2026-03-01"), 999, 999, 0, std::nullopt},
                                {5, D("2026-03-01"), 600, 600, 0, std::nullopt},
                                {5, D("2026-03-02"), 400, 400, 0, std::nullopt}};
  // Customer 4 owes 9.99 < 10.00: no letter; customer 5 owes 6.00 + 4.00 = 10.00 ≥ 10.00.
  auto r = ProposeDunning(D("2026-03-31"), kLevels, lines, 1000);
  ASSERT_EQ(r->size(), 1u);
  EXPECT_EQ((*r)[0].customer, 5);
  EXPECT_EQ((*r)[0].overdue_base, 1000);
}

TEST(BillingDunning, SettledLinesAreNotDunned) {
  const DunnableLine paid[] = {{1, D("2026-01-01"), 0, 0, 0, std::nullopt}};
  EXPECT_TRUE(ProposeDunning(D("2026-03-31"), kLevels, paid)->empty());
}

TEST(BillingDunning, NegativeSettingsAreRefused) {
  const DunningLevel bad[] = {{7, 0, -1, P("0")}};
  auto r = CheckLevels(bad);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "levels/0/fee");
}

}  // namespace
}  // namespace salesdesk::core::billing
