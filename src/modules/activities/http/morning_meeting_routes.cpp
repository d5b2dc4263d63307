// GET /api/v1/morning-meeting?team_id=N&date=YYYY-MM-DD (modules/activities/app/morning_meeting).
#include <charconv>

#include "app/access/access_policy.h"
#include "app/records/record_fields.h"
#include "core/money/money.h"
#include "http/error_response.h"
#include "http/json_response.h"
#include "http/query_string.h"
#include "modules/activities/app/morning_meeting.h"
#include "modules/activities/http/activities_http_module.h"

namespace salesdesk::http {
namespace {

namespace json = boost::json;
using core::Error;
namespace acts = app::activities;

// Every problem of the query at once, each naming query.<name>.
core::Result<acts::MeetingRequest> DecodeMeeting(const Request& request) {
  SD_ASSIGN(QueryParams params, ParseQueryString(request.query));
  acts::MeetingRequest out;
  core::FieldIssues issues;
  for (const auto& [name, value] : params) {
    if (name == "team_id") {
      std::int64_t id = 0;
      const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), id);
      if (ec != std::errc() || end != value.data() + value.size() || id <= 0) {
        issues.Add("query.team_id", core::Msg("field.not_an_id", {{"field", name}}));
      } else {
        out.team_id = id;
      }
    } else if (name == "date") {
      auto date = core::ParseDate(value);
      if (date.ok()) {
        out.date = *date;
      } else {
        issues.Add("query.date", core::Msg("morning_meeting.date"));
      }
    } else {
      issues.Add("query." + name, core::Msg("morning_meeting.unknown_parameter", {{"name", name}}));
    }
  }
  if (!issues.empty()) return issues.ToError();
  return out;
}

json::object Amount(std::int64_t minor, const std::string& currency) {
  auto c = core::ParseCurrency(currency);
  return {{"amount", c.ok() ? core::FormatAmount(core::Money{minor, *c}) : std::to_string(minor)},
          {"currency", currency}};
}

json::object FiguresJson(const acts::MeetingFigures& f) {
  const auto& y = f.yesterday;
  json::array amounts;
  for (const auto& [currency, minor] : y.orders_amount_by_currency) {
    amounts.push_back(Amount(minor, currency));
  }
  return {{"calls", y.calls},
          {"connected_calls", y.connected_calls},
          {"visits", y.visits},
          {"meetings", y.meetings},
          {"new_leads", y.new_leads},
          {"quotes", y.quotes},
          {"orders", y.orders},
          {"orders_amounts", std::move(amounts)},
          {"reports_in", f.reports_in},
          {"planned_visits", f.planned_visits},
          {"planned_calls", f.planned_calls},
          {"overdue_tasks", f.overdue_tasks},
          {"quotes_expiring", f.quotes_expiring},
          {"approvals_waiting", f.approvals_waiting}};
}

json::object PlannedJson(const acts::PlannedItem& item) {
  const app::Record& a = item.activity;
  const auto at = core::Timestamp::FromMicros(app::IntOf(a, "planned_at").value_or(0));
  const auto account = app::IntOf(a, "account_id");
  return {{"id", app::RecordId(a)},
          {"kind", app::TextOf(a, "kind")},
          {"subject", app::TextOf(a, "subject")},
          {"planned_at", at.ok() ? json::value(at->ToString()) : json::value(nullptr)},
          {"account_id", account ? json::value(*account) : json::value(nullptr)},
          {"account_name",
           item.account_name.empty() ? json::value(nullptr) : json::value(item.account_name)}};
}

json::object TeamJson(const acts::MeetingTeam& t) { return {{"id", t.id}, {"name", t.name}}; }

json::object MeetingJson(const acts::Meeting& m) {
  json::array teams, people;
  for (const auto& t : m.teams) teams.push_back(TeamJson(t));
  for (const auto& p : m.people) {
    json::array planned;
    for (const auto& item : p.planned) planned.push_back(PlannedJson(item));
    people.push_back({{"user_id", p.user_id},
                      {"name", p.name},
                      {"role", p.role},
                      {"report", p.report},
                      {"figures", FiguresJson(p.figures)},
                      {"planned", std::move(planned)}});
  }
  return {{"team", TeamJson(m.team)},    {"teams", std::move(teams)},
          {"date", m.date.ToString()},   {"yesterday", m.yesterday.ToString()},
          {"time_zone", m.time_zone},    {"base_currency", m.base_currency},
          {"people", std::move(people)}, {"totals", FiguresJson(m.totals)}};
}

}  // namespace

void AddMorningMeetingRoute(ModuleHost& host) {
  app::Store* store = &host.store();
  const core::Clock* clock = &host.clock();
  host.Add({"GET", "/api/v1/morning-meeting", "get_morning_meeting",
            "The leader's morning meeting for a team (team_id, default the first team the caller "
            "leads) and day (date, default the organisation's today): each member's previous "
            "working day and today's plan, with team totals",
            "Activity", true, RouteKind::kCustom, nullptr, "", "MorningMeeting", 200,
            [store, clock](RouteContext& c) {
              auto request = DecodeMeeting(c.request);
              if (!request.ok()) return ErrorToResponse(request.error());
              auto meeting = acts::ReadMorningMeeting(*store, *clock, *c.caller, *request);
              if (!meeting.ok()) return ErrorToResponse(meeting.error());
              return JsonResponse(200, MeetingJson(*meeting));
            }});
}

}  // namespace salesdesk::http
