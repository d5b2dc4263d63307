// Calls per hour and contact rate per person over a period (issue 11, decision 0057): every done
// call the caller may see, grouped by its owner. docs/activities.md.
#pragma once

#include <optional>
#include <vector>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "core/time/date.h"
#include "modules/activities/core/activities/call_list_rules.h"

namespace salesdesk::modules::activities {

struct CallStatsRequest {
  core::Date from, to;                   // business days, both included
  std::optional<std::int64_t> owner_id;  // one person; none: everyone the caller sees
};

struct PersonCallStats {
  std::int64_t owner_id = 0;
  core::activities::CallFigures figures;
};

// Ordered by owner id. The days are the organisation's (its time zone).
core::Result<std::vector<PersonCallStats>> ReadCallStats(app::Store& store,
                                                         const app::Caller& caller,
                                                         const CallStatsRequest& request);

}  // namespace salesdesk::modules::activities
