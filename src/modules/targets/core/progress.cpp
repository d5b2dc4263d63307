#include "modules/targets/core/progress.h"

#include <algorithm>

#include "modules/targets/core/pace.h"

namespace salesdesk::modules::targets {
namespace {

using core::Date;

Date Civil(int y, int m, int d) { return *Date::FromCivil(y, m, d); }

std::int64_t ActualIn(const std::map<Date, std::int64_t>& actual, Date from, Date to) {
  std::int64_t sum = 0;
  for (auto it = actual.lower_bound(from); it != actual.end() && it->first <= to; ++it) {
    sum += it->second;
  }
  return sum;
}

PeriodProgress Period(std::string_view name, Date from, Date to, Date date,
                      std::span<const DayTarget> days, const std::map<Date, std::int64_t>& actual) {
  PeriodProgress p{.name = name, .from = from, .to = to};
  const Date until = std::min(to, date);
  for (const DayTarget& d : days) {
    if (d.date < from || d.date > to) continue;
    p.target += d.target;
    if (d.date <= until) p.target_to_date += d.target;
  }
  p.actual = ActualIn(actual, from, until);
  p.attainment_bp = AttainmentBp(p.actual, p.target);
  return p;
}

Pace PaceOf(const PeriodProgress& p, Date date, std::span<const DayTarget> days) {
  Pace out{.target = p.target, .actual = p.actual};
  for (const DayTarget& d : days) {
    if (d.date > date && d.date <= p.to) out.remaining_half_days += d.half_days;
  }
  out.per_day = PacePerDay(out.target, out.actual, out.remaining_half_days);
  return out;
}

}  // namespace

Progress ComputeProgress(std::span<const DayTarget> days,
                         const std::map<Date, std::int64_t>& actual, Date date) {
  const core::CivilDate c = date.Civil();
  const int weekday = static_cast<int>(date.weekday());
  const Date monday = *date.AddDays(1 - weekday);
  const int first_of_quarter = (c.month - 1) / 3 * 3 + 1;
  const int last_of_quarter = first_of_quarter + 2;
  Progress out;
  out.periods.push_back(Period("today", date, date, date, days, actual));
  out.periods.push_back(Period("week", monday, *monday.AddDays(6), date, days, actual));
  out.periods.push_back(Period("month", Civil(c.year, c.month, 1),
                               Civil(c.year, c.month, core::DaysInMonth(c.year, c.month)), date,
                               days, actual));
  out.periods.push_back(
      Period("quarter", Civil(c.year, first_of_quarter, 1),
             Civil(c.year, last_of_quarter, core::DaysInMonth(c.year, last_of_quarter)), date, days,
             actual));
  out.periods.push_back(Period("year_to_date", Civil(c.year, 1, 1), date, date, days, actual));
  out.month = PaceOf(out.periods[2], date, days);
  // The year's pace runs to 31 December on the whole year's target.
  const PeriodProgress year =
      Period("year", Civil(c.year, 1, 1), Civil(c.year, 12, 31), date, days, actual);
  out.year = PaceOf(year, date, days);
  return out;
}

}  // namespace salesdesk::modules::targets
