// B-R3 to B-R5: item attainment per kind, the cap, growth and the renormalised score, with
// figures worked out by hand.
#include <gtest/gtest.h>

#include <vector>

#include "modules/appraisal/core/attainment.h"

namespace salesdesk::core::appraisal {
namespace {

std::int64_t Bp(std::optional<Ratio> a, std::int64_t cap = kDefaultCapBp) {
  EXPECT_TRUE(a.has_value());
  return a ? CappedBp(*a, cap) : -1;
}

TEST(AppraisalAttainment, HigherBetterIsActualOverTarget) {
  EXPECT_EQ(Bp(HigherBetter(9, 12)), 7500);  // 9 / 12 = 0.75
  EXPECT_EQ(Bp(HigherBetter(2, 3)), 6667);   // 0.666 666… → 6,666.67 bp → 6,667
  EXPECT_EQ(Bp(HigherBetter(1, 32)), 313);   // 0.03125 = 312.5 bp → half-up 313
  EXPECT_EQ(Bp(HigherBetter(12, 12)), 10000);
  EXPECT_EQ(Bp(HigherBetter(0, 12)), 0);
}

TEST(AppraisalAttainment, CapIsAppliedBeforeRounding) {
  EXPECT_EQ(Bp(HigherBetter(15, 12)), 12000);         // 125 % → the 120 % cap
  EXPECT_EQ(Bp(HigherBetter(15, 12), 10000), 10000);  // a template capping at 100 %
  // 1,199,999 / 1,000,000 = 11,999.99 bp: under the cap, rounds to 12,000 (never above it).
  EXPECT_EQ(Bp(HigherBetter(1199999, 1000000)), 12000);
  EXPECT_EQ(Bp(HigherBetter(119, 100)), 11900);
}

TEST(AppraisalAttainment, HigherBetterWithoutTargetIsNotApplicable) {
  EXPECT_FALSE(HigherBetter(5, 0).has_value());
  EXPECT_FALSE(HigherBetter(0, 0).has_value());
}

TEST(AppraisalAttainment, RateIsTheRatioOfTwoExactRates) {
  // Reports on time 19 of 21 working days, target 95 %: (19/21) / 0.95 = 190,000 / 199,500
  // = 0.952 380 95… → 9,523.81 bp → 9,524.
  EXPECT_EQ(Bp(RateAttainment(19, 21, 9500)), 9524);
  // 18 of 20 requests answered in 24 h, target 90 %: 0.9 / 0.9 = 100 %.
  EXPECT_EQ(Bp(RateAttainment(18, 20, 9000)), 10000);
  EXPECT_FALSE(RateAttainment(0, 0, 9500).has_value());  // no requests: n/a, not 0
  EXPECT_FALSE(RateAttainment(3, 4, 0).has_value());
}

TEST(AppraisalAttainment, LowerBetterCostsPerUnitOverWhatEachUnitUnderEarns) {
  EXPECT_EQ(CappedBp(LowerBetter(2, 2), kDefaultCapBp), 10000);  // (4 − 2) / 2 = 100 %
  EXPECT_EQ(CappedBp(LowerBetter(3, 2), kDefaultCapBp), 5000);   // (4 − 3) / 2 = 50 %
  EXPECT_EQ(CappedBp(LowerBetter(1, 2), kDefaultCapBp), 12000);  // (4 − 1) / 2 = 150 % → cap
  EXPECT_EQ(CappedBp(LowerBetter(5, 2), kDefaultCapBp), 0);      // (4 − 5) / 2 < 0 → floor 0
  EXPECT_EQ(CappedBp(LowerBetter(4, 3), kDefaultCapBp), 6667);   // (6 − 4) / 3 = 66.67 %
}

TEST(AppraisalAttainment, LowerBetterWithZeroLimit) {
  EXPECT_EQ(CappedBp(LowerBetter(0, 0), kDefaultCapBp), 10000);  // T = 0, A = 0 → 100 %
  EXPECT_EQ(CappedBp(LowerBetter(1, 0), kDefaultCapBp), 0);      // T = 0, A > 0 → 0 %
}

TEST(AppraisalAttainment, RatingIsOutOfFiveAndNeverOverAchieves) {
  EXPECT_EQ(CappedBp(RatingAttainment(4), kRatingCapBp), 8000);
  EXPECT_EQ(CappedBp(RatingAttainment(5), kRatingCapBp), 10000);
  EXPECT_EQ(CappedBp(RatingAttainment(1), kRatingCapBp), 2000);
}

TEST(AppraisalAttainment, GrowthAgainstTheSameMonthLastYear) {
  // S 110,000.00, B 100,000.00, g_T 10 %: a = 110,000 / (100,000 × 1.1) = 100 %; g = +10 %.
  EXPECT_EQ(Bp(GrowthAttainment(11000000, 10000000, 1000)), 10000);
  EXPECT_EQ(GrowthBp(11000000, 10000000), 1000);
  // S 90,000.00: a = 0.9 / 1.1 = 0.818 18… → 8,181.82 bp → 8,182; g = −10 % (defined).
  EXPECT_EQ(Bp(GrowthAttainment(9000000, 10000000, 1000)), 8182);
  EXPECT_EQ(GrowthBp(9000000, 10000000), -1000);
  // g_T = 0: a = S / B = 90 %.
  EXPECT_EQ(Bp(GrowthAttainment(9000000, 10000000, 0)), 9000);
  // Nothing sold against a base: 0 %, not n/a.
  EXPECT_EQ(Bp(GrowthAttainment(0, 10000000, 1000)), 0);
  // S 150,000.00 on 100,000.00 with g_T 10 %: 1.5 / 1.1 = 136 % → the cap.
  EXPECT_EQ(Bp(GrowthAttainment(15000000, 10000000, 1000)), 12000);
  // g = (1 − 3) / 3 = −66.666…% → −6,666.67 bp → half-up away from zero −6,667.
  EXPECT_EQ(GrowthBp(1, 3), -6667);
}

TEST(AppraisalAttainment, GrowthWithoutABaseIsNotApplicable) {
  EXPECT_FALSE(GrowthAttainment(5000000, 0, 1000).has_value());     // new territory
  EXPECT_FALSE(GrowthAttainment(5000000, -100, 1000).has_value());  // credit notes > sales
  EXPECT_FALSE(GrowthBp(5000000, 0).has_value());
}

TEST(AppraisalScore, WeightsRenormaliseOverTheApplicableItems) {
  // The default weights with growth, reports and requests n/a:
  //   30 × 9,500 + 10 × 5,000 + 10 × 12,000 + 5 × 8,000 + 10 × 10,000 + 5 × 10,000 + 10 × 8,000
  //   = 285,000 + 50,000 + 120,000 + 40,000 + 100,000 + 50,000 + 80,000 = 725,000
  //   over 30 + 10 + 10 + 5 + 10 + 5 + 10 = 80 → 9,062.5 bp → half-up 9,063.
  const std::vector<ScoredItem> items = {
      {30, 9500},         {10, 5000}, {10, 12000},       {5, 8000},         {10, 10000},
      {10, std::nullopt}, {5, 10000}, {5, std::nullopt}, {5, std::nullopt}, {10, 8000}};
  EXPECT_EQ(ScoreBp(items), 9063);
}

TEST(AppraisalScore, OnlyTheRatingApplicable) {
  // No targets yet: only conduct (4 of 5 = 8,000 bp) counts, its weight renormalised to 100 %.
  const std::vector<ScoredItem> items = {{30, std::nullopt}, {10, std::nullopt}, {10, 8000}};
  EXPECT_EQ(ScoreBp(items), 8000);
}

TEST(AppraisalScore, NothingApplicableIsNotApplicable) {
  const std::vector<ScoredItem> items = {{30, std::nullopt}, {0, 9000}};
  EXPECT_FALSE(ScoreBp(items).has_value());
  EXPECT_FALSE(ScoreBp({}).has_value());
}

}  // namespace
}  // namespace salesdesk::core::appraisal
