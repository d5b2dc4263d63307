#include "modules/targets/core/decomposition.h"

#include <cstdio>
#include <map>

#include "core/message.h"
#include "core/money/allocate.h"

namespace salesdesk::modules::targets {
namespace {

std::string MonthName(int year, int month) {
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02d", year, month);
  return out;
}

// Allocate over integer weights that the caller has checked add up to more than zero.
core::Result<std::vector<std::int64_t>> Split(std::int64_t total,
                                              const std::vector<std::int64_t>& weights) {
  return core::Allocate(total, std::span<const std::int64_t>(weights));
}

}  // namespace

IsoWeek IsoWeekOf(core::Date d) {
  const std::int64_t days = d.days_since_epoch();
  const int weekday = static_cast<int>(d.weekday());  // 1 = Monday
  const core::CivilDate thursday = core::CivilFromDays(days - weekday + 4);
  const std::int64_t first = core::DaysFromCivil(thursday.year, 1, 1);
  const std::int64_t ordinal = days - weekday + 4 - first;  // 0-based day of that year
  return {thursday.year, static_cast<int>(ordinal / 7) + 1};
}

core::Result<Decomposition> Decompose(int year, const Months& month_targets,
                                      std::span<const DayWeight> days, int first_month) {
  // The weights of each month's days, in date order.
  std::map<int, std::vector<DayWeight>> by_month;
  for (const DayWeight& d : days) {
    const core::CivilDate c = d.date.Civil();
    if (c.year == year && c.month >= first_month) by_month[c.month].push_back(d);
  }
  Decomposition out;
  for (int month = first_month; month <= 12; ++month) {
    const std::int64_t target = month_targets[month - 1];
    const std::vector<DayWeight>& month_days = by_month[month];
    MonthTarget m{.month = month, .target = target};
    m.from = *core::Date::FromCivil(year, month, 1);
    m.to = *core::Date::FromCivil(year, month, core::DaysInMonth(year, month));
    // The month's week parts: consecutive days of one ISO week.
    std::vector<WeekPart> parts;
    std::vector<std::vector<const DayWeight*>> part_days;
    for (const DayWeight& d : month_days) {
      const IsoWeek w = IsoWeekOf(d.date);
      if (parts.empty() || parts.back().week.week != w.week || parts.back().week.year != w.year) {
        parts.push_back({.month = month, .week = w, .from = d.date, .to = d.date});
        part_days.emplace_back();
      }
      parts.back().to = d.date;
      parts.back().half_days += d.half_days;
      part_days.back().push_back(&d);
      m.half_days += d.half_days;
    }
    if (m.half_days == 0) {
      if (target > 0) {
        return core::Error::Invalid(
            "weights/" + std::to_string(month - 1),
            core::Msg("targets.no_working_days", {{"month", MonthName(year, month)}}));
      }
      // Nothing to split: every part and day of the month gets 0.
    }
    std::vector<std::int64_t> part_weights;
    for (const WeekPart& p : parts) part_weights.push_back(p.half_days);
    std::vector<std::int64_t> part_targets(parts.size(), 0);
    if (m.half_days > 0) {
      SD_ASSIGN(part_targets, Split(target, part_weights));
    }
    for (std::size_t i = 0; i < parts.size(); ++i) {
      parts[i].target = part_targets[i];
      std::vector<std::int64_t> day_weights;
      for (const DayWeight* d : part_days[i]) day_weights.push_back(d->half_days);
      std::vector<std::int64_t> day_targets(day_weights.size(), 0);
      // A part with weight 0 gets 0 (A-R5), and so do its days.
      if (parts[i].half_days > 0) {
        SD_ASSIGN(day_targets, Split(parts[i].target, day_weights));
      }
      for (std::size_t j = 0; j < day_weights.size(); ++j) {
        out.days.push_back({.date = part_days[i][j]->date,
                            .month = month,
                            .half_days = part_days[i][j]->half_days,
                            .target = day_targets[j]});
      }
      out.parts.push_back(parts[i]);
    }
    out.months.push_back(m);
  }
  return out;
}

}  // namespace salesdesk::modules::targets
