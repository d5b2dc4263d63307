// The period a sales summary covers: a day, an ISO week (Monday to Sunday) or a calendar month,
// keyed "2026-12-04", "2026-W49" or "2026-12". The scheduler sends the last period that has
// ended before today; a download names any day and gets the period containing it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "core/time/date.h"

namespace salesdesk::core::summaries {

enum class Cadence { kDaily, kWeekly, kMonthly };

// "daily", "weekly" or "monthly"; kInvalidArgument naming `field` otherwise.
Result<Cadence> ParseCadence(std::string_view text, const std::string& field);
std::string_view CadenceName(Cadence c);

struct SummaryPeriod {
  Cadence cadence = Cadence::kDaily;
  Date from, to;    // both included
  std::string key;  // "2026-12-04", "2026-W49", "2026-12"
};

// The period of `cadence` that contains `day`.
SummaryPeriod PeriodContaining(Cadence cadence, Date day);
// The last period of `cadence` that ended before `today`: yesterday, last week, last month.
SummaryPeriod LastClosedPeriod(Cadence cadence, Date today);
// The day a summary of `period` is read on: its last day, or `today` while it runs.
Date ReadOn(const SummaryPeriod& period, Date today);

// ISO 8601 week key of the week containing `day`: "2026-W01" is the week of 2026's first
// Thursday, so 2026-12-28 is in "2026-W53" and 2027-01-01 too.
std::string IsoWeekKey(Date day);

}  // namespace salesdesk::core::summaries
