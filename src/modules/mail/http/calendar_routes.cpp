// POST /api/v1/me/calendar-feed (a new secret feed URL for the caller; the old one stops) and
// GET /api/v1/calendar/feed.ics?token=… (the feed, without a session: calendar programs poll it
// with the URL alone; an unknown token is a 404 like a missing one). The token travels in the
// query because routes match fixed segments and numeric ids only; either way it sits in the
// URL, which is what a calendar subscription is.
#include <boost/json.hpp>
#include <charconv>

#include "app/records/record_json.h"
#include "http/error_response.h"
#include "http/json_response.h"
#include "http/query_string.h"
#include "modules/mail/app/calendar_week.h"
#include "modules/mail/app/outbox.h"
#include "modules/mail/http/mail_http_module.h"

namespace salesdesk::http {
namespace {

namespace json = boost::json;
using core::Error;

core::Result<std::int64_t> IdParam(const std::string& name, const std::string& value) {
  std::int64_t id = 0;
  const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), id);
  if (ec != std::errc() || end != value.data() + value.size() || id <= 0) {
    return Error::Invalid("query." + name, core::Msg("field.not_an_id", {{"field", name}}));
  }
  return id;
}

// ?user_id= | ?team_id=, and ?date= (default: the company's today).
core::Result<modules::mail::WeekRequest> DecodeWeek(const Request& request) {
  SD_ASSIGN(QueryParams params, ParseQueryString(request.query));
  modules::mail::WeekRequest r;
  for (const auto& [name, value] : params) {
    if (name == "user_id") {
      SD_ASSIGN(r.user_id, IdParam(name, value));
    } else if (name == "team_id") {
      SD_ASSIGN(r.team_id, IdParam(name, value));
    } else if (name == "date") {
      auto date = core::ParseDate(value);
      if (!date.ok()) return Error::Invalid("query.date", date.error());
      r.date = *date;
    } else {
      return Error::Invalid("query." + name, core::Msg("calendar.week_param"));
    }
  }
  if (r.user_id && r.team_id)
    return Error::Invalid("query.team_id", core::Msg("calendar.week_param"));
  return r;
}

json::object WeekJson(const modules::mail::Week& week) {
  const app::EntitySpec& activities = modules::mail::MailSpec("activities");
  const app::EntitySpec& tasks = modules::mail::MailSpec("tasks");
  json::array people;
  for (const auto& p : week.people) {
    json::array acts, todo;
    for (const auto& a : p.activities) acts.push_back(app::RecordToJson(activities, a, false));
    for (const auto& t : p.tasks) todo.push_back(app::RecordToJson(tasks, t, false));
    people.push_back(json::object{{"user_id", p.user_id},
                                  {"name", p.name},
                                  {"activities", std::move(acts)},
                                  {"tasks", std::move(todo)}});
  }
  return {
      {"from", week.from.ToString()}, {"to", week.to.ToString()}, {"people", std::move(people)}};
}

}  // namespace

inline constexpr const char* kFeedPath = "/api/v1/calendar/feed.ics";

void AddCalendarRoutes(ModuleHost& host, MailServices& s) {
  host.Add(
      {"POST", "/api/v1/me/calendar-feed", "rotate_calendar_feed",
       "A new secret URL of your calendar feed (iCalendar: your visits, meetings, calls and "
       "tasks); the URL shown before stops working. Not idempotent by design: each call "
       "rotates, and the secret is never stored to be replayed",
       "Calendar", true, RouteKind::kCustom, nullptr, "", "IssuedCalendarFeed", 200,
       [&s](RouteContext& c) {
         auto issued = s.feeds.Rotate(*c.caller);
         if (!issued.ok()) return ErrorToResponse(issued.error());
         const std::string path = std::string(kFeedPath) + "?token=" + issued->token;
         return JsonResponse(200, boost::json::object{{"path", path}, {"token", issued->token}});
       }});
  Route& feed = host.Add(
      {"GET", kFeedPath, "get_calendar_feed_ics",
       "A person's calendar feed (RFC 5545) by its secret token, without a session: planned and "
       "done visits, meetings and calls and open tasks from 30 days ago to 180 days ahead",
       "Calendar", false, RouteKind::kCustom, nullptr, "", "", 200, [&s](RouteContext& c) {
         std::string token;
         auto params = ParseQueryString(c.request.query);
         if (params.ok()) {
           for (const auto& [k, v] : *params) {
             if (k == "token") token = v;
           }
         }
         auto ics = s.feeds.Feed(token);
         if (!ics.ok()) return ErrorToResponse(ics.error());
         Response r;
         r.status = 200;
         r.content_type = "text/calendar; charset=utf-8";
         r.body = std::move(ics).value();
         r.headers.emplace_back("Cache-Control", "private, max-age=300");
         return r;
       }});
  feed.response_media_type = "text/calendar";
  host.Add(
      {"GET", "/api/v1/calendar/week", "get_calendar_week",
       "A person's (?user_id=, default you) or a team's (?team_id=) week around ?date= "
       "(Monday to Sunday, the organisation's days): visits, meetings and calls, and open tasks",
       "Calendar", true, RouteKind::kCustom, nullptr, "", "CalendarWeek", 200,
       [&store = host.store(), &clock = host.clock()](RouteContext& c) {
         auto request = DecodeWeek(c.request);
         if (!request.ok()) return ErrorToResponse(request.error());
         auto week =
             modules::mail::ReadWeek(store, *c.caller, *request, clock.Now().micros_since_epoch());
         if (!week.ok()) return ErrorToResponse(week.error());
         return JsonResponse(200, WeekJson(*week));
       }});
}

}  // namespace salesdesk::http
