#include "modules/schedules/core/working_days.h"

#include <algorithm>
#include <map>

namespace salesdesk::modules::schedules {
namespace {

using core::Date;

// Removes one half-day (a half-day holiday or leave), never below zero.
void TakeHalf(WorkingDay& day, DayReason reason, const std::string& detail) {
  day.half_days = std::max(0, day.half_days - 1);
  day.reason = reason;
  day.detail = detail;
}

void TakeAll(WorkingDay& day, DayReason reason, const std::string& detail) {
  day.half_days = 0;
  day.reason = reason;
  day.detail = detail;
}

// The period in force on `d`: the latest starting on or before it, else the first.
const PatternPeriod* PeriodOn(const std::vector<PatternPeriod>& periods, Date d) {
  const PatternPeriod* found = periods.empty() ? nullptr : &periods.front();
  for (const auto& p : periods) {
    if (p.valid_from <= d && p.valid_from >= found->valid_from) found = &p;
  }
  return found;
}

}  // namespace

core::Result<WorkPattern> ParseWorkPattern(std::string_view weekdays,
                                           std::string_view half_weekdays) {
  WorkPattern out;
  out.half_days.fill(0);
  for (char c : weekdays) {
    if (c < '1' || c > '7' || out.half_days[c - '1'] != 0) {
      return core::Error::Invalid("weekdays", core::Msg("schedules.weekdays"));
    }
    out.half_days[c - '1'] = 2;
  }
  std::array<bool, 7> seen{};
  for (char c : half_weekdays) {
    if (c < '1' || c > '7' || seen[c - '1']) {
      return core::Error::Invalid("half_weekdays", core::Msg("schedules.weekdays"));
    }
    if (out.half_days[c - '1'] == 0) {
      return core::Error::Invalid("half_weekdays", core::Msg("schedules.half_weekday_not_worked"));
    }
    seen[c - '1'] = true;
    out.half_days[c - '1'] = 1;
  }
  return out;
}

std::string_view ReasonName(DayReason reason) {
  switch (reason) {
    case DayReason::kNone:
      return "";
    case DayReason::kWeekend:
      return "weekend";
    case DayReason::kRotaOff:
      return "rota_off";
    case DayReason::kHalfShift:
      return "half_day_shift";
    case DayReason::kHoliday:
      return "holiday";
    case DayReason::kLeave:
      return "leave";
  }
  return "";
}

core::Result<void> CheckRange(Date from, Date to) {
  const std::int64_t span = core::DaysBetween(from, to);
  if (span < 0 || span >= kMaxRangeDays) {
    return core::Error::Invalid(
        "to", core::Msg("schedules.range", {{"max", std::to_string(kMaxRangeDays)}}));
  }
  return core::Ok();
}

core::Result<WorkingDays> ComputeWorkingDays(const ScheduleInputs& in, Date from, Date to) {
  SD_TRY(CheckRange(from, to));
  const std::int64_t span = core::DaysBetween(from, to);
  std::map<Date, const RotaDay*> rota;
  for (const auto& r : in.rota) rota[r.date] = &r;
  std::multimap<Date, const HolidayDay*> holidays;
  for (const auto& h : in.holidays) holidays.emplace(h.date, &h);
  std::vector<PatternPeriod> periods = in.patterns;
  std::sort(periods.begin(), periods.end(),
            [](const auto& a, const auto& b) { return a.valid_from < b.valid_from; });
  const WorkPattern kWeekdays;

  WorkingDays out;
  out.days.reserve(static_cast<std::size_t>(span + 1));
  for (std::int64_t i = 0; i <= span; ++i) {
    WorkingDay day{from.AddDays(i).value(), 0, DayReason::kNone, {}};
    const PatternPeriod* period = PeriodOn(periods, day.date);
    const WorkPattern& pattern = period ? period->pattern : kWeekdays;
    // The schedule: the rota's entry for the date, else the weekly pattern.
    if (auto r = rota.find(day.date); r != rota.end()) {
      if (r->second->day_off) {
        day.reason = DayReason::kRotaOff;
      } else {
        day.half_days = r->second->half_day ? 1 : 2;
      }
      day.detail = r->second->shift;
      if (day.half_days == 1) day.reason = DayReason::kHalfShift;
    } else {
      day.half_days = pattern.half_days[static_cast<int>(day.date.weekday()) - 1];
      if (day.half_days == 0) day.reason = DayReason::kWeekend;
      if (day.half_days == 1) day.reason = DayReason::kHalfShift;
    }
    // A-R4: public holidays of the person's calendar weigh 0 (a half-day holiday one half-day
    // less), whatever the schedule says; days not scheduled keep their own reason.
    for (auto [h, end] = holidays.equal_range(day.date); h != end && day.half_days > 0; ++h) {
      const HolidayDay& holiday = *h->second;
      if (period && !holiday.country.empty() && holiday.country != period->country) continue;
      if (holiday.half_day) {
        TakeHalf(day, DayReason::kHoliday, holiday.name);
      } else {
        TakeAll(day, DayReason::kHoliday, holiday.name);
      }
    }
    // Approved leave: a full day weighs 0, a half day one half-day less.
    for (const auto& l : in.leave) {
      if (day.half_days == 0) break;
      if (day.date < l.from || day.date > l.to) continue;
      const bool half = (day.date == l.from && l.from_half) || (day.date == l.to && l.to_half);
      if (half) {
        TakeHalf(day, DayReason::kLeave, l.kind);
      } else {
        TakeAll(day, DayReason::kLeave, l.kind);
      }
    }
    out.total_half_days += day.half_days;
    out.days.push_back(std::move(day));
  }
  return out;
}

}  // namespace salesdesk::modules::schedules
