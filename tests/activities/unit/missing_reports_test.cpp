#include "modules/activities/core/activities/missing_reports.h"

#include <gtest/gtest.h>

namespace salesdesk::core::activities {
namespace {

Date D(int y, int m, int d) { return Date::FromCivil(y, m, d).value(); }

// Friday 1 March 2024; the rep works Monday to Friday and was off on Tuesday 27 February.
// Working days of the window: 22, 23, 26, 28, 29 Feb (the last five) and older ones.
const std::vector<Date> kWorking = {D(2024, 2, 20), D(2024, 2, 21), D(2024, 2, 22), D(2024, 2, 23),
                                    D(2024, 2, 26), D(2024, 2, 28), D(2024, 2, 29)};

TEST(MissingReports, TheLastFiveWorkingDaysWithoutASubmittedReportOldestFirst) {
  // Reported: 23 and 28 Feb. Of the last five (22, 23, 26, 28, 29) three are missing; 20 and
  // 21 Feb are older than the queue looks.
  const auto missing =
      MissingReports(kWorking, {D(2024, 2, 23), D(2024, 2, 28)}, D(2024, 3, 1), false);
  ASSERT_EQ(missing.size(), 3u);
  EXPECT_EQ(missing[0].date, D(2024, 2, 22));
  EXPECT_EQ(missing[1].date, D(2024, 2, 26));
  EXPECT_EQ(missing[2].date, D(2024, 2, 29));
  EXPECT_TRUE(missing[0].overdue);
  EXPECT_TRUE(missing[1].overdue);
  EXPECT_FALSE(missing[2].overdue) << "yesterday's is due at noon today";
}

TEST(MissingReports, YesterdayIsOverdueAfterNoonAndTodayIsNeverMissing) {
  auto missing = MissingReports({D(2024, 2, 29), D(2024, 3, 1)}, {}, D(2024, 3, 1), true);
  ASSERT_EQ(missing.size(), 1u);
  EXPECT_EQ(missing[0].date, D(2024, 2, 29));
  EXPECT_TRUE(missing[0].overdue);
  // Monday 4 March: Friday is three calendar days back, past its deadline.
  missing = MissingReports({D(2024, 3, 1)}, {}, D(2024, 3, 4), false);
  ASSERT_EQ(missing.size(), 1u);
  EXPECT_TRUE(missing[0].overdue);
  EXPECT_TRUE(MissingReports(kWorking, std::set<Date>(kWorking.begin(), kWorking.end()),
                             D(2024, 3, 1), true)
                  .empty());
}

}  // namespace
}  // namespace salesdesk::core::activities
