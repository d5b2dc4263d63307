// The working-day calculus against RULES.md A-R4 (day weight in half-days: 2 a working day of the
// person's schedule, 1 a half day — half-day leave or half-day shift —, 0 weekends per schedule,
// public holidays of the person's calendar and full-day leave) and A-R5 (a month can have no
// working day at all).
#include <gtest/gtest.h>

#include "modules/schedules/core/working_days.h"

namespace salesdesk::modules::schedules {
namespace {

using core::Date;

Date D(int y, int m, int d) { return Date::FromCivil(y, m, d).value(); }

WorkingDays Compute(const ScheduleInputs& in, Date from, Date to) {
  auto out = ComputeWorkingDays(in, from, to);
  EXPECT_TRUE(out.ok()) << (out.ok() ? "" : out.error().message);
  return out.ok() ? *out : WorkingDays{};
}

// A-R4: a Monday-to-Friday schedule, no holiday: 2 half-days each weekday, 0 at the weekend.
TEST(SchedulesWorkingDays, AR4WeekdaysWeighTwoWeekendsZero) {
  // December 2026: 1 December is a Tuesday; 23 weekdays.
  WorkingDays wd = Compute({}, D(2026, 12, 1), D(2026, 12, 31));
  ASSERT_EQ(wd.days.size(), 31u);
  EXPECT_EQ(wd.total_half_days, 46);
  EXPECT_EQ(wd.days[0].half_days, 2);
  EXPECT_EQ(wd.days[4].half_days, 0);  // Saturday 5 December
  EXPECT_EQ(wd.days[4].reason, DayReason::kWeekend);
}

// A-R4: a public holiday of the person's calendar weighs 0 and names itself.
TEST(SchedulesWorkingDays, AR4PublicHolidayWeighsZero) {
  ScheduleInputs in;
  in.holidays = {{D(2026, 12, 8), "Inmaculada Concepción", false},
                 {D(2026, 12, 25), "Navidad", false},
                 {D(2026, 12, 26), "Weekend holiday", false}};
  WorkingDays wd = Compute(in, D(2026, 12, 1), D(2026, 12, 31));
  EXPECT_EQ(wd.total_half_days, 46 - 4);
  EXPECT_EQ(wd.days[7].half_days, 0);
  EXPECT_EQ(wd.days[7].reason, DayReason::kHoliday);
  EXPECT_EQ(wd.days[7].detail, "Inmaculada Concepción");
  // A holiday on a day not scheduled keeps the schedule's reason.
  EXPECT_EQ(wd.days[25].reason, DayReason::kWeekend);
}

// A-R4: full-day leave weighs 0; half-day leave (first afternoon, last morning) weighs 1.
TEST(SchedulesWorkingDays, AR4FullAndHalfDayLeave) {
  ScheduleInputs in;
  // Wed 9 (afternoon only) to Mon 14 (morning only): 9 -> 1, 10 and 11 -> 0, weekend, 14 -> 1.
  in.leave = {{D(2026, 12, 9), D(2026, 12, 14), true, true, "vacation"}};
  WorkingDays wd = Compute(in, D(2026, 12, 7), D(2026, 12, 13 + 1));
  ASSERT_EQ(wd.days.size(), 8u);
  const int expect[] = {2, 2, 1, 0, 0, 0, 0, 1};
  for (int i = 0; i < 8; ++i) EXPECT_EQ(wd.days[i].half_days, expect[i]) << i;
  EXPECT_EQ(wd.days[2].reason, DayReason::kLeave);
  EXPECT_EQ(wd.days[2].detail, "vacation");
  EXPECT_EQ(wd.days[5].reason, DayReason::kWeekend);  // leave does not count weekends
  EXPECT_EQ(wd.total_half_days, 6);
  // One day with a half flag is a half day.
  in.leave = {{D(2026, 12, 9), D(2026, 12, 9), false, true, "training"}};
  EXPECT_EQ(Compute(in, D(2026, 12, 9), D(2026, 12, 9)).total_half_days, 1);
}

// A-R4: a half-day shift weighs 1 — from the pattern (Friday mornings) or from the rota.
TEST(SchedulesWorkingDays, AR4HalfDayShiftsFromPatternAndRota) {
  ScheduleInputs in;
  in.patterns = {{D(2020, 1, 1), ParseWorkPattern("12345", "5").value(), "DE"}};
  in.rota = {{D(2026, 12, 1), false, true, "Morning"},      // Tuesday: half-day shift
             {D(2026, 12, 2), true, false, ""},             // Wednesday: rota day off
             {D(2026, 12, 5), false, false, "Fair duty"}};  // Saturday: a full on-site duty
  WorkingDays wd = Compute(in, D(2026, 12, 1), D(2026, 12, 6));
  const int expect[] = {1, 0, 2, 1, 2, 0};
  for (int i = 0; i < 6; ++i) EXPECT_EQ(wd.days[i].half_days, expect[i]) << i;
  EXPECT_EQ(wd.days[0].reason, DayReason::kHalfShift);
  EXPECT_EQ(wd.days[1].reason, DayReason::kRotaOff);
  EXPECT_EQ(wd.days[3].reason, DayReason::kHalfShift);  // Friday per pattern
  EXPECT_EQ(wd.days[4].reason, DayReason::kNone);
  EXPECT_EQ(wd.total_half_days, 6);
}

// A-R4 for half-day holidays (decision 0029): one half-day less; with half-day leave on the
// same day nothing is left; a holiday wins over a rostered shift.
TEST(SchedulesWorkingDays, HalfDayHolidayAndRosteredHoliday) {
  ScheduleInputs in;
  in.holidays = {{D(2026, 12, 24), "Heiligabend", true}, {D(2026, 12, 25), "Weihnachten", false}};
  in.rota = {{D(2026, 12, 25), false, false, "Warehouse duty"}};
  in.leave = {{D(2026, 12, 31), D(2026, 12, 31), true, false, "vacation"}};
  in.holidays.push_back({D(2026, 12, 31), "Silvester", true});
  WorkingDays wd = Compute(in, D(2026, 12, 24), D(2026, 12, 31));
  EXPECT_EQ(wd.days[0].half_days, 1);
  EXPECT_EQ(wd.days[0].reason, DayReason::kHoliday);
  EXPECT_EQ(wd.days[1].half_days, 0);
  EXPECT_EQ(wd.days[1].detail, "Weihnachten");
  EXPECT_EQ(wd.days[7].half_days, 0);
  EXPECT_EQ(wd.days[7].reason, DayReason::kLeave);
}

// A-R5: a month can have no working day (a part-timer's off month, a long leave); the calculus
// says so with a zero total and a reason for every day, for the targets to refuse.
TEST(SchedulesWorkingDays, AR5AMonthWithoutWorkingDays) {
  ScheduleInputs in;
  in.leave = {{D(2026, 8, 1), D(2026, 8, 31), false, false, "sick"}};
  WorkingDays wd = Compute(in, D(2026, 8, 1), D(2026, 8, 31));
  EXPECT_EQ(wd.total_half_days, 0);
  for (const auto& d : wd.days) EXPECT_NE(d.reason, DayReason::kNone) << d.date.ToString();
}

// A person who goes part-time (Monday to Thursday) in mid-month and moves from Spain to
// Germany: each day takes the profile in force and that country's holidays.
TEST(SchedulesWorkingDays, ProfilesChangeOverTimeWithTheirCountry) {
  ScheduleInputs in;
  in.patterns = {{D(2026, 10, 12), ParseWorkPattern("1234", "").value(), "DE"},
                 {D(2026, 1, 1), ParseWorkPattern("12345", "").value(), "ES"}};
  in.holidays = {{D(2026, 10, 3), "Tag der Deutschen Einheit", false, "DE"},
                 {D(2026, 10, 12), "Fiesta Nacional de España", false, "ES"},
                 {D(2026, 10, 9), "Not a holiday here", false, "FR"}};
  // Fri 9 Oct: Spain, Friday worked (the French holiday does not apply) -> 2.
  // Mon 12 Oct: Germany from today, the Spanish holiday does not apply -> 2. Fri 16 -> 0.
  WorkingDays wd = Compute(in, D(2026, 10, 9), D(2026, 10, 16));
  const int expect[] = {2, 0, 0, 2, 2, 2, 2, 0};
  for (int i = 0; i < 8; ++i) EXPECT_EQ(wd.days[i].half_days, expect[i]) << i;
  EXPECT_EQ(wd.days[7].reason, DayReason::kWeekend);
  // Before the first profile the first one applies.
  EXPECT_EQ(Compute(in, D(2025, 12, 31), D(2025, 12, 31)).total_half_days, 2);
}

TEST(SchedulesWorkingDays, PatternAndRangeErrorsNameTheField) {
  EXPECT_EQ(ParseWorkPattern("1238", "").error().field, "weekdays");
  EXPECT_EQ(ParseWorkPattern("112", "").error().field, "weekdays");
  EXPECT_EQ(ParseWorkPattern("12345", "6").error().field, "half_weekdays");
  auto p = ParseWorkPattern("1234", "4").value();
  EXPECT_EQ(p.half_days, (std::array<int, 7>{2, 2, 2, 1, 0, 0, 0}));
  EXPECT_EQ(ComputeWorkingDays({}, D(2026, 2, 1), D(2026, 1, 31)).error().field, "to");
  EXPECT_FALSE(ComputeWorkingDays({}, D(2026, 1, 1), D(2027, 2, 5)).ok());
  EXPECT_TRUE(ComputeWorkingDays({}, D(2026, 1, 1), D(2027, 1, 31)).ok());
}

}  // namespace
}  // namespace salesdesk::modules::schedules
