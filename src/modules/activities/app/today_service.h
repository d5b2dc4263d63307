// "Today" for the signed-in salesperson: the visits and calls planned for today, planned
// activities that are overdue, open tasks due today or earlier, and next steps falling due.
// Today is the organisation's day (settings.time_zone); docs/activities.md. It also counts the
// day's figures for the rep's report card.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "core/result.h"
#include "core/time/clock.h"

namespace salesdesk::app::activities {

struct TodayView {
  std::string date;                  // the local day, YYYY-MM-DD
  std::string time_zone;             // the zone it is the day of
  std::vector<Record> planned;       // activities planned for today, earliest first
  std::vector<Record> overdue;       // planned activities before today, latest first
  std::vector<Record> tasks;         // open tasks due today or earlier
  std::vector<Record> next_actions;  // done activities whose next step falls due
  // Today's figures as the daily report would be pre-filled with them now (the report's figure
  // fields); absent for roles that write no daily report.
  std::optional<Record> report_figures;
};

// How far back a next step stays on the list when nobody has acted on it.
inline constexpr int kNextActionLookbackDays = 14;
// At most this many items per list.
inline constexpr int kTodayListLimit = 100;

// The caller's own records only; lists of entities the caller's role does not read are empty.
core::Result<TodayView> ReadToday(Store& store, const core::Clock& clock, const Caller& caller);

}  // namespace salesdesk::app::activities
