// POST /api/v1/me/calendar-feed (a new secret feed URL for the caller; the old one stops) and
// GET /api/v1/calendar/feed.ics?token=… (the feed, without a session: calendar programs poll it
// with the URL alone; an unknown token is a 404 like a missing one). The token travels in the
// query because routes match fixed segments and numeric ids only; either way it sits in the
// URL, which is what a calendar subscription is.
#include <boost/json.hpp>

#include "http/error_response.h"
#include "http/json_response.h"
#include "http/query_string.h"
#include "modules/mail/core/mail/icalendar.h"
#include "modules/mail/http/mail_http_module.h"

namespace salesdesk::http {

inline constexpr const char* kFeedPath = "/api/v1/calendar/feed.ics";

void AddCalendarRoutes(ModuleHost& host, MailServices& s) {
  host.Add(
      {"POST", "/api/v1/me/calendar-feed", "rotate_calendar_feed",
       "A new secret URL of your calendar feed (iCalendar: your visits, meetings, calls and "
       "tasks); the URL shown before stops working. Not idempotent by design: each call "
       "rotates, and the secret is never stored to be replayed",
       "Calendar", true, RouteKind::kCustom, nullptr, "", "CalendarFeed", 200,
       [&s](RouteContext& c) {
         auto issued = s.feeds.Rotate(*c.caller);
         if (!issued.ok()) return ErrorToResponse(issued.error());
         const std::string path = std::string(kFeedPath) + "?token=" + issued->token;
         return JsonResponse(200, boost::json::object{{"path", path}, {"token", issued->token}});
       }});
  Route& feed = host.Add(
      {"GET", kFeedPath, "get_calendar_feed",
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
}

}  // namespace salesdesk::http
