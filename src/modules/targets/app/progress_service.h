// A person's progress on a date against each of their active plans of that year (issue 14):
// GET /targets/progress. Whoever may read the person's plans reads their progress (the rep
// themself, their leaders, the director); for anyone else the person has no plans, the same
// answer as a person without any.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "core/time/clock.h"
#include "modules/targets/core/progress.h"

namespace salesdesk::modules::targets {

struct PlanProgress {
  app::Record plan;
  bool actual_available = true;  // margin: no actual yet
  Progress progress;
  std::set<std::string> other_currencies;  // invoices left out: not the plan's currency
};

struct ProgressReport {
  std::int64_t user_id = 0;
  core::Date date;
  std::vector<PlanProgress> plans;
};

// `date` none: today in the company's time zone.
core::Result<ProgressReport> ReadProgress(app::Store& store, const core::Clock& clock,
                                          const app::Caller& caller, std::int64_t user_id,
                                          std::optional<core::Date> date);

}  // namespace salesdesk::modules::targets
