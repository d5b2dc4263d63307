// A person's or a team's week (Monday to Sunday, the organisation's days) for the web calendar:
// their visits, meetings and calls at their planned instants and their open tasks on their due
// days, read through the caller's visibility. A person outside the caller's scope is a 403 naming
// them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "core/time/date.h"

namespace salesdesk::modules::mail {

struct WeekRequest {
  std::optional<std::int64_t> user_id;  // neither: the caller
  std::optional<std::int64_t> team_id;  // the team's active members
  std::optional<core::Date> date;       // any day of the week; none: the company's today
};

struct WeekPerson {
  std::int64_t user_id = 0;
  std::string name;
  std::vector<app::Record> activities;  // by planned_at
  std::vector<app::Record> tasks;       // by due_on
};

struct Week {
  core::Date from, to;  // Monday and Sunday
  std::vector<WeekPerson> people;
};

// `now_us` dates a request without a day: the company's today (settings.time_zone), not UTC's.
core::Result<Week> ReadWeek(app::Store& store, const app::Caller& caller, const WeekRequest& r,
                            std::int64_t now_us);

}  // namespace salesdesk::modules::mail
