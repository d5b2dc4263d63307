// Year → months (RULES A-R2), hand-computed with Allocate (RULES 0.4).
#include <gtest/gtest.h>

#include <numeric>

#include "modules/targets/core/year_profile.h"

namespace salesdesk::modules::targets {
namespace {

std::int64_t Sum(const Months& m) { return std::accumulate(m.begin(), m.end(), std::int64_t{0}); }

TEST(TargetsYearProfile, EqualMonthsGiveTheLeftOverUnitsToTheEarliestMonths) {
  // 1000 / 12 = 83 r 4: every remainder is 1/3 and every weight 1, so the 4 units go to the
  // lowest indexes, January to April.
  auto months = YearToMonths(1000, EqualWeights());
  ASSERT_TRUE(months.ok());
  EXPECT_EQ(*months, (Months{84, 84, 84, 84, 83, 83, 83, 83, 83, 83, 83, 83}));
  EXPECT_EQ(Sum(*months), 1000);
}

TEST(TargetsYearProfile, PeakShoulderOffPeakTableNeedNotAddToHundred) {
  // EUR 1,000.00 = 100000 cents over 3,3,2,1,1,1,1,1,2,2,3,3 (Σ 23):
  //   weight 3: 300000/23 = 13043 r 11;  weight 2: 200000/23 = 8695 r 15;
  //   weight 1: 100000/23 = 4347 r 19.
  //   Σ floors = 4×13043 + 3×8695 + 5×4347 = 99992, so 8 units: the five weight-1 months
  //   (19/23) and the three weight-2 months (15/23).
  const Months weights{3, 3, 2, 1, 1, 1, 1, 1, 2, 2, 3, 3};
  auto months = YearToMonths(100000, weights);
  ASSERT_TRUE(months.ok());
  EXPECT_EQ(*months,
            (Months{13043, 13043, 8696, 4348, 4348, 4348, 4348, 4348, 8696, 8696, 13043, 13043}));
  EXPECT_EQ(Sum(*months), 100000);
}

TEST(TargetsYearProfile, LastYearsNegativeMonthCountsAsZero) {
  // A month with more credit notes than sales (−500) weighs 0 and so gets no target.
  const Months actuals{1000, -500, 1000, 2000, 0, 0, 0, 0, 0, 0, 0, 0};
  const Months weights = LastYearWeights(actuals);
  EXPECT_EQ(weights, (Months{1000, 0, 1000, 2000, 0, 0, 0, 0, 0, 0, 0, 0}));
  // 400 over 1000, 1000, 2000 (Σ 4000): 100, 100, 200 exactly.
  auto months = YearToMonths(400, weights);
  ASSERT_TRUE(months.ok());
  EXPECT_EQ(*months, (Months{100, 0, 100, 200, 0, 0, 0, 0, 0, 0, 0, 0}));
}

TEST(TargetsYearProfile, AllZeroWeightsAreAnEmptyProfile) {
  auto months = YearToMonths(1200, LastYearWeights(Months{-5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}),
                             "profile_kind");
  ASSERT_FALSE(months.ok());
  EXPECT_EQ(months.error().message_code, "targets.seasonality_profile_empty");
  EXPECT_EQ(months.error().field, "profile_kind");
}

}  // namespace
}  // namespace salesdesk::modules::targets
