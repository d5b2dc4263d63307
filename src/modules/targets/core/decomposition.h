// Month → ISO-week parts → days (RULES A-R3..A-R5). A week crossing a month end is split into
// one part per calendar month, so months always add up; a part's weight is the person's
// half-days in it (A-R4: 2 a working day, 1 a half day, 0 weekend, holiday or full-day leave),
// and a part's target goes to its days by the same weights. Every split is core::Allocate.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "core/result.h"
#include "core/time/date.h"
#include "modules/targets/core/year_profile.h"

namespace salesdesk::modules::targets {

struct IsoWeek {
  int year = 0;  // the ISO week-numbering year (holds the week's Thursday)
  int week = 0;  // 1..53
};
IsoWeek IsoWeekOf(core::Date d);

struct DayWeight {
  core::Date date;
  int half_days = 0;  // 0, 1 or 2
};

struct DayTarget {
  core::Date date;
  int month = 0;
  int half_days = 0;
  std::int64_t target = 0;
};

struct WeekPart {
  int month = 0;
  IsoWeek week;
  core::Date from;
  core::Date to;
  std::int64_t half_days = 0;
  std::int64_t target = 0;
};

struct MonthTarget {
  int month = 0;  // 1..12
  core::Date from;
  core::Date to;
  std::int64_t half_days = 0;
  std::int64_t target = 0;
};

struct Decomposition {
  std::vector<MonthTarget> months;
  std::vector<WeekPart> parts;
  std::vector<DayTarget> days;
};

// Decomposes months first_month..12 of `year` (earlier months are left out: a re-plan keeps
// the closed months' rows as they were). `days` holds at least every day of those months with
// its weight; other days are ignored. A month with target > 0 and no half-day → kInvalidArgument
// "targets.no_working_days" naming the month, on field "weights/<month − 1>".
core::Result<Decomposition> Decompose(int year, const Months& month_targets,
                                      std::span<const DayWeight> days, int first_month = 1);

}  // namespace salesdesk::modules::targets
