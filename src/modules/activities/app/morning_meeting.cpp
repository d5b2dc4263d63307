#include "modules/activities/app/morning_meeting.h"

#include <algorithm>

#include "app/access/access_policy.h"
#include "app/records/company_calendar.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/activities/core/activities/previous_working_day.h"
#include "modules/schedules/app/working_days_reader.h"

namespace salesdesk::app::activities {
namespace {

using core::Error;
using core::ErrorCode;
namespace ca = core::activities;
namespace ma = modules::activities;

// A team of a few dozen people over one day: a few hundred rows at most.
constexpr std::int64_t kMeetingRowLimit = 5000;

const EntitySpec& Spec(std::string_view plural) { return *FindEntity(plural); }

bool IsLeader(const Caller& caller) {
  return caller.role == Role::kManager || caller.role == Role::kSeniorManager ||
         caller.role == Role::kDirector;
}

bool InMeeting(std::string_view role) {
  return role == "rep" || role == "manager" || role == "senior_manager";
}

// The teams the caller may hold the meeting of: every team for the director; for a leader the
// teams they lead and all below them. `led`: the first team the caller leads (the default).
struct TeamScope {
  std::vector<MeetingTeam> teams;
  std::optional<std::int64_t> led;
};

core::Result<TeamScope> ScopeOf(UnitOfWork& uow, const Caller& caller) {
  SD_ASSIGN(const auto rows, ReadAll(uow, Spec("teams")));
  std::map<std::int64_t, const Record*> by_id;
  for (const Record& t : rows) by_id[RecordId(t)] = &t;
  TeamScope scope;
  for (const Record& t : rows) {
    bool in = caller.role == Role::kDirector;
    const Record* at = &t;
    for (int depth = 0; at != nullptr && !in && depth < 64; ++depth) {
      in = IntOf(*at, "leader_id") == caller.user_id;
      const auto parent = IntOf(*at, "parent_id");
      const auto found = parent ? by_id.find(*parent) : by_id.end();
      at = found == by_id.end() ? nullptr : found->second;
    }
    if (!in) continue;
    const std::int64_t id = RecordId(t);
    scope.teams.push_back({id, TextOf(t, "name")});
    if (IntOf(t, "leader_id") == caller.user_id && (!scope.led || id < *scope.led)) scope.led = id;
  }
  std::sort(scope.teams.begin(), scope.teams.end(), [](const MeetingTeam& a, const MeetingTeam& b) {
    return a.name != b.name ? a.name < b.name : a.id < b.id;
  });
  if (!scope.led && !scope.teams.empty()) scope.led = scope.teams.front().id;
  return scope;
}

// Records of `e` the caller sees among `filters`.
core::Result<std::vector<Record>> Visible(UnitOfWork& uow, const Caller& caller,
                                          const EntitySpec& e, std::vector<Filter> filters,
                                          std::string sort_field = "id") {
  auto visibility = VisibilityFor(uow, caller, e);
  if (!visibility.ok()) {
    if (visibility.error().code == ErrorCode::kForbidden) return std::vector<Record>{};
    return std::move(visibility).error();
  }
  ListQuery q;
  q.filters = std::move(filters);
  q.sort_field = std::move(sort_field);
  q.limit = kMeetingRowLimit;
  q.with_total = false;
  SD_ASSIGN(Page page, uow.List(e, q, *visibility));
  return std::move(page.items);
}

// The active members of the team in the sales roles whose activities the caller sees, by name;
// the caller is not on their own meeting's list.
core::Result<std::vector<MeetingPerson>> MembersOf(UnitOfWork& uow, const Caller& caller,
                                                   std::int64_t team_id) {
  SD_ASSIGN(const Visibility visibility, VisibilityFor(uow, caller, Spec("activities")));
  SD_ASSIGN(const auto users,
            ReadAll(uow, Spec("users"),
                    {{"team_id", FilterOp::kEq, {team_id}}, {"active", FilterOp::kEq, {true}}}));
  std::vector<MeetingPerson> people;
  for (const Record& u : users) {
    const std::int64_t id = RecordId(u);
    const std::string role = TextOf(u, "role");
    if (id == caller.user_id || !InMeeting(role) || !OwnerVisible(visibility, id)) continue;
    people.push_back({.user_id = id, .name = TextOf(u, "name"), .role = role});
  }
  std::sort(people.begin(), people.end(), [](const MeetingPerson& a, const MeetingPerson& b) {
    return a.name != b.name ? a.name < b.name : a.user_id < b.user_id;
  });
  return people;
}

// The day before `date` on which somebody of the team works (their schedules), else the
// calendar's previous day.
core::Result<core::Date> TeamYesterday(UnitOfWork& uow, const std::vector<MeetingPerson>& people,
                                       core::Date date) {
  SD_ASSIGN(const core::Date from, date.AddDays(-ca::kMeetingLookbackDays));
  SD_ASSIGN(const core::Date to, date.AddDays(-1));
  std::vector<core::Date> worked;
  for (const MeetingPerson& p : people) {
    // Whose days these are was decided by the caller's visibility; read as the queue reads them.
    SD_ASSIGN(const auto days,
              modules::schedules::ReadWorkingDays(uow, Caller::System(), p.user_id, from, to));
    for (const auto& d : days.days) {
      if (d.half_days > 0) worked.push_back(d.date);
    }
  }
  return ca::PreviousWorkingDay(date, worked);
}

MeetingPerson* PersonOf(std::vector<MeetingPerson>& people, const Record& r,
                        std::string_view field = "owner_id") {
  const auto id = IntOf(r, field);
  for (MeetingPerson& p : people) {
    if (id == p.user_id) return &p;
  }
  return nullptr;
}

// Yesterday's figures (the daily report's count) and whether the report is in.
core::Result<void> AddYesterday(UnitOfWork& uow, const Caller& caller,
                                const CompanyCalendar& company, core::Date yesterday,
                                const std::vector<FieldValue>& ids,
                                std::vector<MeetingPerson>& people) {
  for (MeetingPerson& p : people) {
    SD_ASSIGN(p.figures.yesterday, ma::ReadDayFigures(uow, company, p.user_id, yesterday));
  }
  SD_ASSIGN(const auto reports, Visible(uow, caller, Spec("daily-reports"),
                                        {{"owner_id", FilterOp::kIn, ids},
                                         {"report_date", FilterOp::kEq, {yesterday.ToString()}}}));
  for (const Record& r : reports) {
    if (MeetingPerson* p = PersonOf(people, r)) {
      p->report = TextOf(r, "status");
      if (p->report != "draft") p->figures.reports_in = 1;
    }
  }
  return core::Ok();
}

// Today's visits and calls with their accounts' names.
core::Result<void> AddPlanned(UnitOfWork& uow, const Caller& caller, const CompanyCalendar& company,
                              core::Date date, const std::vector<FieldValue>& ids,
                              std::vector<MeetingPerson>& people) {
  SD_ASSIGN(const auto planned,
            Visible(uow, caller, Spec("activities"),
                    {{"owner_id", FilterOp::kIn, ids},
                     {"status", FilterOp::kEq, {std::string("planned")}},
                     {"kind", FilterOp::kIn, {std::string("visit"), std::string("call")}},
                     {"planned_at", FilterOp::kGe, {company.StartOf(date)}},
                     {"planned_at", FilterOp::kLt, {company.EndOf(date)}}},
                    "planned_at"));
  std::vector<FieldValue> account_ids;
  for (const Record& a : planned) {
    if (auto id = IntOf(a, "account_id")) account_ids.emplace_back(*id);
  }
  std::map<std::int64_t, std::string> names;
  if (!account_ids.empty()) {
    SD_ASSIGN(const auto accounts,
              Visible(uow, caller, Spec("accounts"), {{"id", FilterOp::kIn, account_ids}}));
    for (const Record& a : accounts) names[RecordId(a)] = TextOf(a, "name");
  }
  for (const Record& a : planned) {
    MeetingPerson* p = PersonOf(people, a);
    if (p == nullptr) continue;
    ++(TextOf(a, "kind") == "visit" ? p->figures.planned_visits : p->figures.planned_calls);
    const auto account = IntOf(a, "account_id");
    const auto name = account ? names.find(*account) : names.end();
    p->planned.push_back({a, name == names.end() ? std::string() : name->second});
  }
  return core::Ok();
}

// Overdue tasks, quotes running out and approvals waiting: counts per person.
core::Result<void> AddWaiting(UnitOfWork& uow, const Caller& caller, core::Date date,
                              const std::vector<FieldValue>& ids,
                              std::vector<MeetingPerson>& people) {
  SD_ASSIGN(const auto tasks, Visible(uow, caller, Spec("tasks"),
                                      {{"owner_id", FilterOp::kIn, ids},
                                       {"done", FilterOp::kEq, {false}},
                                       {"due_on", FilterOp::kLt, {date.ToString()}}}));
  for (const Record& t : tasks) {
    if (MeetingPerson* p = PersonOf(people, t)) ++p->figures.overdue_tasks;
  }
  SD_ASSIGN(const core::Date last, date.AddDays(kExpiringDays - 1));
  SD_ASSIGN(
      const auto quotes,
      Visible(uow, caller, Spec("quotes"),
              {{"owner_id", FilterOp::kIn, ids},
               {"status",
                FilterOp::kIn,
                {std::string("pending_approval"), std::string("approved"), std::string("sent")}},
               {"valid_until", FilterOp::kGe, {date.ToString()}},
               {"valid_until", FilterOp::kLe, {last.ToString()}}}));
  for (const Record& q : quotes) {
    if (MeetingPerson* p = PersonOf(people, q)) ++p->figures.quotes_expiring;
  }
  SD_ASSIGN(const auto approvals, Visible(uow, caller, Spec("approval-requests"),
                                          {{"approver_id", FilterOp::kIn, ids},
                                           {"status", FilterOp::kEq, {std::string("pending")}}}));
  for (const Record& a : approvals) {
    if (MeetingPerson* p = PersonOf(people, a, "approver_id")) ++p->figures.approvals_waiting;
  }
  return core::Ok();
}

// The counts a team total adds up, by member.
constexpr std::int64_t ma::DayFigures::*kDayCounts[] = {&ma::DayFigures::calls,
                                                        &ma::DayFigures::connected_calls,
                                                        &ma::DayFigures::visits,
                                                        &ma::DayFigures::meetings,
                                                        &ma::DayFigures::new_leads,
                                                        &ma::DayFigures::quotes,
                                                        &ma::DayFigures::orders,
                                                        &ma::DayFigures::orders_amount_minor,
                                                        &ma::DayFigures::orders_other_currency};
constexpr std::int64_t MeetingFigures::*kMeetingCounts[] = {
    &MeetingFigures::reports_in,      &MeetingFigures::planned_visits,
    &MeetingFigures::planned_calls,   &MeetingFigures::overdue_tasks,
    &MeetingFigures::quotes_expiring, &MeetingFigures::approvals_waiting};

void AddTo(MeetingFigures& total, const MeetingFigures& f) {
  for (const auto count : kDayCounts) total.yesterday.*count += f.yesterday.*count;
  for (const auto& [currency, minor] : f.yesterday.orders_amount_by_currency) {
    total.yesterday.orders_amount_by_currency[currency] += minor;
  }
  for (const auto count : kMeetingCounts) total.*count += f.*count;
}

}  // namespace

core::Result<Meeting> ReadMorningMeeting(Store& store, const core::Clock& clock,
                                         const Caller& caller, const MeetingRequest& request) {
  if (!IsLeader(caller)) {
    return Error::Make(ErrorCode::kForbidden, core::Msg("morning_meeting.for_leaders"));
  }
  SD_ASSIGN(auto uow, store.Read());
  SD_ASSIGN(const CompanyCalendar company, LoadCompanyCalendar(*uow));
  SD_ASSIGN(const TeamScope scope, ScopeOf(*uow, caller));
  Meeting m;
  m.teams = scope.teams;
  m.time_zone = company.time_zone;
  m.base_currency = company.base_currency;
  m.date = request.date.value_or(company.DateOf(clock.Now().micros_since_epoch()));
  const std::optional<std::int64_t> team_id = request.team_id ? request.team_id : scope.led;
  if (!team_id) {
    return Error::Make(ErrorCode::kForbidden, core::Msg("morning_meeting.no_team_led"));
  }
  SD_ASSIGN(const auto team, uow->Get(Spec("teams"), *team_id, Visibility::All()));
  if (!team) {
    return Error::Invalid("query.team_id",
                          core::Msg("morning_meeting.no_team", {{"id", std::to_string(*team_id)}}));
  }
  m.team = {*team_id, TextOf(*team, "name")};
  const bool in_scope = std::any_of(scope.teams.begin(), scope.teams.end(),
                                    [&](const MeetingTeam& t) { return t.id == *team_id; });
  if (!in_scope) {
    Error e = Error::Make(ErrorCode::kForbidden,
                          core::Msg("morning_meeting.team_outside_scope", {{"name", m.team.name}}));
    e.field = "query.team_id";
    return e;
  }
  SD_ASSIGN(m.people, MembersOf(*uow, caller, *team_id));
  SD_ASSIGN(m.yesterday, TeamYesterday(*uow, m.people, m.date));
  if (m.people.empty()) return m;
  std::vector<FieldValue> ids;
  for (const MeetingPerson& p : m.people) ids.emplace_back(p.user_id);
  SD_TRY(AddYesterday(*uow, caller, company, m.yesterday, ids, m.people));
  SD_TRY(AddPlanned(*uow, caller, company, m.date, ids, m.people));
  SD_TRY(AddWaiting(*uow, caller, m.date, ids, m.people));
  for (const MeetingPerson& p : m.people) AddTo(m.totals, p.figures);
  return m;
}

}  // namespace salesdesk::app::activities
