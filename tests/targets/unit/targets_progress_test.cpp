// Progress and pace (issue 14) on the April–May 2026 decomposition of
// targets_decomposition_test.cpp (April 1000, May 600), on Wednesday 8 April.
#include <gtest/gtest.h>

#include "modules/targets/core/pace.h"
#include "modules/targets/core/progress.h"
#include "targets/unit/targets_test_util.h"

namespace salesdesk::modules::targets {
namespace {

using testing::D;

TEST(TargetsPace, AttainmentIsRoundedOnceHalfUp) {
  EXPECT_EQ(AttainmentBp(2, 3), 6667);  // 6666.67
  EXPECT_EQ(AttainmentBp(1, 8), 1250);
  EXPECT_EQ(AttainmentBp(1, 16000), 1);  // 0.625 bp
  EXPECT_EQ(AttainmentBp(5, 0), std::nullopt);
}

TEST(TargetsPace, WhatIsLeftPerWorkingDayLeft) {
  EXPECT_EQ(PacePerDay(1000, 400, 9), 133);  // 600 over 4.5 days = 133.33
  EXPECT_EQ(PacePerDay(10, 5, 4), 3);        // 5 over 2 days = 2.5, half-up
  EXPECT_EQ(PacePerDay(10, 12, 0), 0);       // reached
  EXPECT_EQ(PacePerDay(10, 5, 0), std::nullopt);
}

TEST(TargetsProgress, PeriodsAndPaceOnADayWithHalfDayLeave) {
  Months m{};
  m[3] = 1000;
  m[4] = 600;
  auto d = Decompose(2026, m, testing::AprilMay2026());
  ASSERT_TRUE(d.ok());
  const std::map<core::Date, std::int64_t> actual{{D("2026-04-01"), 50},
                                                  {D("2026-04-02"), 40},
                                                  {D("2026-04-07"), 60},
                                                  {D("2026-04-08"), 10},
                                                  {D("2026-04-10"), 999}};  // after the date
  const Progress p = ComputeProgress(d->days, actual, D("2026-04-08"));
  ASSERT_EQ(p.periods.size(), 5u);
  const auto& today = p.periods[0];  // the half day: 26 (decomposition test), 10 done
  EXPECT_EQ(today.target, 26);
  EXPECT_EQ(today.actual, 10);
  EXPECT_EQ(today.attainment_bp, 3846);  // 10/26 = 0.384615
  const auto& week = p.periods[1];       // week 15: 180; to date 52 + 51 + 26 = 129; 60 + 10 done
  EXPECT_EQ(week.from, D("2026-04-06"));
  EXPECT_EQ(week.target, 180);
  EXPECT_EQ(week.target_to_date, 129);
  EXPECT_EQ(week.actual, 70);
  EXPECT_EQ(week.attainment_bp, 3889);  // 70/180 = 0.38889
  const auto& month = p.periods[2];     // 1000; to date 103 + 129 = 232; 160 done
  EXPECT_EQ(month.target, 1000);
  EXPECT_EQ(month.target_to_date, 232);
  EXPECT_EQ(month.actual, 160);
  EXPECT_EQ(month.attainment_bp, 1600);
  const auto& quarter = p.periods[3];  // April to June: 1000 + 600
  EXPECT_EQ(quarter.target, 1600);
  EXPECT_EQ(quarter.attainment_bp, 1000);
  const auto& ytd = p.periods[4];  // January to 8 April: 232, 160 done
  EXPECT_EQ(ytd.target, 232);
  EXPECT_EQ(ytd.attainment_bp, 6897);  // 160/232 = 0.689655
  // Month: 840 left over Fri 10 (2) + weeks 16, 17 (10 each) + 27–30 April (8) = 30 half-days,
  // 15 days: 56 a day (the leave on Thursday 9 is no working time).
  EXPECT_EQ(p.month.remaining_half_days, 30);
  EXPECT_EQ(p.month.per_day, 56);
  // Year: 1600 − 160 = 1440 over April's 30 and May's 42 half-days (36 days): 40 a day.
  EXPECT_EQ(p.year.remaining_half_days, 72);
  EXPECT_EQ(p.year.per_day, 40);
}

}  // namespace
}  // namespace salesdesk::modules::targets
