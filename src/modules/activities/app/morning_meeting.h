// The morning meeting (issue 11, docs/activities.md, decision 0059): for one team and one of the
// organisation's days, each member's yesterday (the team's previous working day: the daily
// report's figures, orders per currency, whether the report is in) and today's plan (visits and
// calls planned, overdue tasks, quotes expiring, approvals waiting for them), with team totals.
// Leaders only: a manager or senior manager picks among the teams they lead and those below, the
// director among all; everyone else is refused.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "core/result.h"
#include "core/time/clock.h"
#include "core/time/date.h"
#include "modules/activities/app/daily_report_figures.h"

namespace salesdesk::app::activities {

struct MeetingRequest {
  std::optional<std::int64_t> team_id;  // none: the first team the caller leads
  std::optional<core::Date> date;       // none: the organisation's today
};

struct MeetingTeam {
  std::int64_t id = 0;
  std::string name;
};

// A visit or call planned for the day, with the name of its account (empty when the caller
// does not see it or there is none).
struct PlannedItem {
  Record activity;
  std::string account_name;
};

// What the team or one person did on the previous working day and has on their plate today.
struct MeetingFigures {
  modules::activities::DayFigures yesterday;
  std::int64_t reports_in = 0;  // submitted or reviewed daily reports of yesterday
  std::int64_t planned_visits = 0;
  std::int64_t planned_calls = 0;
  std::int64_t overdue_tasks = 0;      // open tasks due before today
  std::int64_t quotes_expiring = 0;    // open quotes whose validity ends within the week
  std::int64_t approvals_waiting = 0;  // pending approval requests they are to decide
};

struct MeetingPerson {
  std::int64_t user_id = 0;
  std::string name;
  std::string role;
  // Yesterday's daily report: "missing", "draft", "submitted" or "reviewed".
  std::string report = "missing";
  MeetingFigures figures;
  std::vector<PlannedItem> planned;  // by planned_at
};

struct Meeting {
  MeetingTeam team;
  std::vector<MeetingTeam> teams;  // those the caller may pick, by name
  core::Date date;
  core::Date yesterday;
  std::string time_zone;
  std::string base_currency;
  std::vector<MeetingPerson> people;  // by name
  MeetingFigures totals;
};

// Quotes count as expiring when valid until today or one of the next kExpiringDays - 1 days.
inline constexpr std::int64_t kExpiringDays = 7;

// kForbidden for a caller who leads no team (reps, finance, admins) or a team outside the
// caller's; kInvalidArgument naming "team_id" for a team that does not exist.
core::Result<Meeting> ReadMorningMeeting(Store& store, const core::Clock& clock,
                                         const Caller& caller, const MeetingRequest& request);

}  // namespace salesdesk::app::activities
