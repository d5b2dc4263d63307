#include "modules/activities/core/activities/previous_working_day.h"

#include <gtest/gtest.h>

namespace salesdesk::core::activities {
namespace {

Date D(int y, int m, int d) { return Date::FromCivil(y, m, d).value(); }

TEST(PreviousWorkingDay, MondayLooksBackAtFriday) {
  // Monday 4 March 2024; the team works Monday to Friday: 26 Feb .. 1 Mar and 4 Mar itself.
  const std::vector<Date> worked = {D(2024, 3, 4), D(2024, 2, 28), D(2024, 3, 1), D(2024, 2, 29)};
  EXPECT_EQ(PreviousWorkingDay(D(2024, 3, 4), worked).value(), D(2024, 3, 1));
  EXPECT_EQ(PreviousWorkingDay(D(2024, 3, 1), worked).value(), D(2024, 2, 29));
}

TEST(PreviousWorkingDay, SkipsAHolidayNobodyWorked) {
  // Maundy Thursday 28 March 2024, Good Friday and Easter Monday 1 April off: Tuesday 2 April
  // looks back at Wednesday 27 March.
  const std::vector<Date> worked = {D(2024, 3, 26), D(2024, 3, 27), D(2024, 4, 2)};
  EXPECT_EQ(PreviousWorkingDay(D(2024, 4, 2), worked).value(), D(2024, 3, 27));
}

TEST(PreviousWorkingDay, WeekendShiftOfOneMemberCounts) {
  // One member works Saturdays on the rota: Monday's yesterday is that Saturday.
  const std::vector<Date> worked = {D(2024, 3, 1), D(2024, 3, 2)};
  EXPECT_EQ(PreviousWorkingDay(D(2024, 3, 4), worked).value(), D(2024, 3, 2));
}

TEST(PreviousWorkingDay, NoWorkingDayInTheFortnightGivesTheCalendarDay) {
  EXPECT_EQ(PreviousWorkingDay(D(2024, 3, 4), {}).value(), D(2024, 3, 3));
  // 15 days back is beyond the look-back (4 March - 14 = 19 February, the earliest counted).
  EXPECT_EQ(PreviousWorkingDay(D(2024, 3, 4), {D(2024, 2, 18)}).value(), D(2024, 3, 3));
  EXPECT_EQ(PreviousWorkingDay(D(2024, 3, 4), {D(2024, 2, 19)}).value(), D(2024, 2, 19));
  // Days on or after the meeting's day are not yesterday.
  EXPECT_EQ(PreviousWorkingDay(D(2024, 3, 4), {D(2024, 3, 5)}).value(), D(2024, 3, 3));
}

}  // namespace
}  // namespace salesdesk::core::activities
