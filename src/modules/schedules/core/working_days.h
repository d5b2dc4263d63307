// A person's working days over a date range (RULES.md A-R4): the day weight in half-days the
// target decomposition allocates on, and why a day is not (fully) worked. Pure: the caller reads
// the person's work pattern, their country's holidays, their approved leave and their rota.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "core/time/date.h"

namespace salesdesk::modules::schedules {

// Half-days worked on each ISO weekday (index 0 = Monday): 2 a full day, 1 a half day, 0 none.
struct WorkPattern {
  std::array<int, 7> half_days{2, 2, 2, 2, 2, 0, 0};
};

// "12345" (ISO weekday digits worked) and the subset worked half days only ("5": Friday
// mornings). kInvalidArgument naming the field on anything else.
core::Result<WorkPattern> ParseWorkPattern(std::string_view weekdays,
                                           std::string_view half_weekdays);

// The pattern and country of work from `valid_from` on (a work profile); a person's pattern
// changes when they go part-time or move country.
struct PatternPeriod {
  core::Date valid_from;
  WorkPattern pattern;
  std::string country;  // whose public holidays apply
};

struct HolidayDay {
  core::Date date;
  std::string name;
  bool half_day = false;
  std::string country;  // empty: applies whatever the person's country
};

// Approved leave. `from_half`: only the afternoon of the first day is taken; `to_half`: only the
// morning of the last day. A one-day leave with either flag is a half day.
struct LeaveSpan {
  core::Date from;
  core::Date to;
  bool from_half = false;
  bool to_half = false;
  std::string kind;  // vacation, sick, training, other
};

// A rota entry: a shift (full or half day) or a day off, overriding the pattern for that date.
struct RotaDay {
  core::Date date;
  bool day_off = false;
  bool half_day = false;
  std::string shift;  // the shift's name, for the reason
};

struct ScheduleInputs {
  // By valid_from; a day takes the latest period starting on or before it (the first period
  // before that). Empty: Monday to Friday, and every holiday given applies.
  std::vector<PatternPeriod> patterns;
  std::vector<HolidayDay> holidays;  // of the person's countries of work
  std::vector<LeaveSpan> leave;      // approved only
  std::vector<RotaDay> rota;
};

// Why a day weighs less than a full day; kNone for a full working day.
enum class DayReason { kNone, kWeekend, kRotaOff, kHalfShift, kHoliday, kLeave };
std::string_view ReasonName(DayReason reason);  // "weekend", "rota_off", ... ("" for kNone)

struct WorkingDay {
  core::Date date;
  int half_days = 0;  // 0, 1 or 2: the A-R4 day weight
  DayReason reason = DayReason::kNone;
  std::string detail;  // the holiday's name, the leave's kind, the shift's name
};

struct WorkingDays {
  std::vector<WorkingDay> days;
  std::int64_t total_half_days = 0;
};

// The longest range one call computes (a year and a bit: a fiscal year plus its edges).
inline constexpr std::int64_t kMaxRangeDays = 400;

// kInvalidArgument naming "to" when to < from or the range is longer than kMaxRangeDays.
core::Result<void> CheckRange(core::Date from, core::Date to);

// Every day of [from, to]. kInvalidArgument naming "to" when to < from or the range is longer
// than kMaxRangeDays.
core::Result<WorkingDays> ComputeWorkingDays(const ScheduleInputs& in, core::Date from,
                                             core::Date to);

}  // namespace salesdesk::modules::schedules
