#include "modules/summaries/core/summary_period.h"

#include <cstdio>

namespace salesdesk::core::summaries {
namespace {

// The calendar's dates stay far inside Date's range here, so a failed step keeps the day.
Date Or(const Result<Date>& r, Date fallback) { return r.ok() ? *r : fallback; }

Date Shift(Date d, std::int64_t days) { return Or(d.AddDays(days), d); }

Date MondayOf(Date d) { return Shift(d, 1 - static_cast<int>(d.weekday())); }

Date FirstOfMonth(Date d) {
  const CivilDate c = d.Civil();
  return Or(Date::FromCivil(c.year, c.month, 1), d);
}

Date LastOfMonth(Date d) {
  const CivilDate c = d.Civil();
  return Or(Date::FromCivil(c.year, c.month, DaysInMonth(c.year, c.month)), d);
}

}  // namespace

Result<Cadence> ParseCadence(std::string_view text, const std::string& field) {
  if (text == "daily") return Cadence::kDaily;
  if (text == "weekly") return Cadence::kWeekly;
  if (text == "monthly") return Cadence::kMonthly;
  return Error::Invalid(field,
                        Msg("field.not_in_enum",
                            {{"field", field}, {"values", std::string("daily, weekly, monthly")}}));
}

std::string_view CadenceName(Cadence c) {
  switch (c) {
    case Cadence::kDaily:
      return "daily";
    case Cadence::kWeekly:
      return "weekly";
    case Cadence::kMonthly:
      break;
  }
  return "monthly";
}

std::string IsoWeekKey(Date day) {
  // The ISO year is the year of the week's Thursday; week 1 holds that year's first Thursday.
  const Date thursday = Shift(MondayOf(day), 3);
  const CivilDate c = thursday.Civil();
  const Date jan1 = Or(Date::FromCivil(c.year, 1, 1), thursday);
  const std::int64_t week = DaysBetween(jan1, thursday) / 7 + 1;
  char key[32];
  std::snprintf(key, sizeof key, "%04d-W%02d", c.year, static_cast<int>(week));
  return key;
}

SummaryPeriod PeriodContaining(Cadence cadence, Date day) {
  switch (cadence) {
    case Cadence::kDaily:
      return {cadence, day, day, day.ToString()};
    case Cadence::kWeekly: {
      const Date monday = MondayOf(day);
      return {cadence, monday, Shift(monday, 6), IsoWeekKey(day)};
    }
    case Cadence::kMonthly:
      break;
  }
  return {cadence, FirstOfMonth(day), LastOfMonth(day), day.ToString().substr(0, 7)};
}

SummaryPeriod LastClosedPeriod(Cadence cadence, Date today) {
  switch (cadence) {
    case Cadence::kDaily:
      return PeriodContaining(cadence, Shift(today, -1));
    case Cadence::kWeekly:
      return PeriodContaining(cadence, Shift(MondayOf(today), -1));
    case Cadence::kMonthly:
      break;
  }
  return PeriodContaining(cadence, Shift(FirstOfMonth(today), -1));
}

Date ReadOn(const SummaryPeriod& period, Date today) {
  return period.to < today ? period.to : today;
}

}  // namespace salesdesk::core::summaries
