// How accurate a person's submitted forecast was (RULES D-R5, decision 0041): per month, F = the
// Commit forecast the person submitted (view) in the first weekly snapshot taken in the month
// (lag "week 1"), A = what they (and, for a manager, their team) actually won in the month —
// won opportunities, converted at the rate of the day they were won, read live. For a manager
// also the raw roll-up's accuracy and the adjustments' value-add. The months are the last
// `months` whole months before today's.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "core/time/clock.h"
#include "modules/forecasts/core/forecast_accuracy.h"

namespace salesdesk::modules::forecasts {

struct AccuracyMonth {
  std::string month;                     // "2026-03"
  std::optional<std::string> taken_on;   // the snapshot used
  std::optional<std::int64_t> forecast;  // F (view)
  std::optional<std::int64_t> raw;       // the raw roll-up in the same snapshot
  std::int64_t actual = 0;               // A
  core::forecasts::Accuracy figures;     // of this month alone (its bias and error)
};

struct AccuracyReport {
  std::int64_t person = 0;
  std::string name;
  bool manager = false;  // has reports: raw and value-add are given
  std::string currency;
  core::forecasts::TeamAccuracy accuracy;  // .view for everyone; .raw and value-add for managers
  std::vector<AccuracyMonth> trend;
};

core::Result<AccuracyReport> ReadAccuracy(app::Store& store, const core::Clock& clock,
                                          const app::Caller& caller, std::int64_t person,
                                          int months);

}  // namespace salesdesk::modules::forecasts
