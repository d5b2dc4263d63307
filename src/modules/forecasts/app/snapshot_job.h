// The weekly forecast snapshot (RULES D-R4, decision 0041): once a week, dated that week's
// Monday, every person's raw and submitted (view) figures for the open periods — this month, the
// next two and this and next quarter — with the adjustments in force on them. Snapshots are never
// rewritten: a stage re-mapped later changes live numbers only (D-R1).
#pragma once

#include <string>
#include <vector>

#include "app/ports/store.h"
#include "core/time/clock.h"
#include "modules/forecasts/core/forecast_rollup.h"

namespace salesdesk::modules::forecasts {

// The Monday of `day`'s ISO week.
core::Date MondayOf(core::Date day);

// The periods a snapshot taken on `monday` holds.
std::vector<core::forecasts::Period> OpenPeriods(core::Date monday);

// Writes the snapshot dated `monday` unless one exists; the number of rows written.
core::Result<int> TakeSnapshot(app::Store& store, core::Date monday, std::int64_t now_us);

}  // namespace salesdesk::modules::forecasts
