// Progress against a decomposed plan on a date (issue 14): target, actual and attainment for
// the day, its ISO week, month, quarter and the year to date, and the pace for the month and
// the year. Targets are sums of the stored day targets, so a month's equals its month row.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "core/time/date.h"
#include "modules/targets/core/decomposition.h"

namespace salesdesk::modules::targets {

struct PeriodProgress {
  std::string_view name;  // today, week, month, quarter, year_to_date
  core::Date from;
  core::Date to;
  std::int64_t target = 0;                    // the whole period
  std::int64_t target_to_date = 0;            // its days up to and including the date
  std::int64_t actual = 0;                    // up to and including the date
  std::optional<std::int64_t> attainment_bp;  // actual ÷ target
};

// What must be done per working day left (the days after the date) to reach the target.
struct Pace {
  std::int64_t target = 0;
  std::int64_t actual = 0;
  std::int64_t remaining_half_days = 0;
  std::optional<std::int64_t> per_day;  // none: something is left and no working day is
};

struct Progress {
  std::vector<PeriodProgress> periods;
  Pace month;
  Pace year;
};

// `days`: the plan's day targets in date order; `actual`: the actual per day.
Progress ComputeProgress(std::span<const DayTarget> days,
                         const std::map<core::Date, std::int64_t>& actual, core::Date date);

}  // namespace salesdesk::modules::targets
