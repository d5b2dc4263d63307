// GET /api/v1/timeline?entity=accounts|contacts|leads&id=N[&before=cursor][&limit=L] and
// GET /api/v1/me/today (modules/activities/app).
#include <charconv>

#include "app/access/access_policy.h"
#include "app/records/record_json.h"
#include "http/error_response.h"
#include "http/json_response.h"
#include "http/query_string.h"
#include "modules/activities/app/review_queue.h"
#include "modules/activities/app/timeline_service.h"
#include "modules/activities/app/today_service.h"
#include "modules/activities/http/activities_http_module.h"

namespace salesdesk::http {
namespace {

namespace json = boost::json;
using core::Error;
namespace acts = app::activities;

constexpr int kMaxLimit = 100;

std::optional<std::int64_t> PositiveInt(std::string_view s) {
  std::int64_t n = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (ec != std::errc{} || end != s.data() + s.size() || n <= 0) return std::nullopt;
  return n;
}

core::Result<acts::TimelineRequest> DecodeRequest(const Request& request) {
  SD_ASSIGN(QueryParams params, ParseQueryString(request.query));
  acts::TimelineRequest out;
  core::FieldIssues issues;
  const std::vector<std::string> subjects = acts::TimelineSubjects();
  bool has_entity = false, has_id = false;
  for (const auto& [name, value] : params) {
    if (name == "entity") {
      has_entity = std::find(subjects.begin(), subjects.end(), value) != subjects.end();
      if (has_entity) out.entity = value;
    } else if (name == "id") {
      auto id = PositiveInt(value);
      has_id = id.has_value();
      if (id) out.id = *id;
    } else if (name == "before") {
      out.before = acts::ParseCursor(value);
      if (!out.before) issues.Add("query.before", core::Msg("timeline.before"));
    } else if (name == "limit") {
      auto limit = PositiveInt(value);
      if (!limit || *limit > kMaxLimit) {
        issues.Add("query.limit", core::Msg("timeline.limit"));
      } else {
        out.limit = static_cast<int>(*limit);
      }
    } else {
      issues.Add("query." + name, core::Msg("timeline.unknown_parameter", {{"name", name}}));
    }
  }
  if (!has_entity) {
    std::string values;
    for (const auto& s : subjects) values += (values.empty() ? "" : ", ") + s;
    issues.Add("query.entity", core::Msg("timeline.entity", {{"values", values}}));
  }
  if (!has_id) issues.Add("query.id", core::Msg("timeline.id"));
  if (!issues.empty()) return issues.ToError();
  return out;
}

json::object ItemJson(const acts::TimelineItem& item, bool sees_cost) {
  auto at = core::Timestamp::FromMicros(item.at);
  return {{"entity", item.entity->plural},
          {"at", at.ok() ? json::value(at->ToString()) : json::value(nullptr)},
          {"record", app::RecordToJson(*item.entity, item.record, sees_cost)}};
}

json::array RecordsJson(std::string_view entity, const std::vector<app::Record>& records,
                        bool sees_cost) {
  json::array out;
  const app::EntitySpec* e = app::FindEntity(entity);
  for (const auto& r : records) out.push_back(app::RecordToJson(*e, r, sees_cost));
  return out;
}

}  // namespace

void AddTimelineRoute(ModuleHost& host) {
  app::Store* store = &host.store();
  host.Add({"GET", "/api/v1/timeline", "get_timeline",
            "The timeline of an account, contact or lead (entity, id): its activities, tasks, "
            "quotes, sales orders and contracts the caller may see, newest first; page on with "
            "before = the previous page's next_before",
            "Activity", true, RouteKind::kCustom, nullptr, "", "Timeline", 200,
            [store](RouteContext& c) {
              auto request = DecodeRequest(c.request);
              if (!request.ok()) return ErrorToResponse(request.error());
              auto page = acts::ReadTimeline(*store, *c.caller, *request);
              if (!page.ok()) return ErrorToResponse(page.error());
              const bool cost = app::SeesCost(*c.caller);
              json::array items;
              for (const auto& item : page->items) items.push_back(ItemJson(item, cost));
              json::object body{{"items", std::move(items)}, {"next_before", nullptr}};
              if (page->next) body["next_before"] = acts::FormatCursor(*page->next);
              return JsonResponse(200, body);
            }});
}

void AddTodayRoute(ModuleHost& host) {
  app::Store* store = &host.store();
  const core::Clock* clock = &host.clock();
  host.Add({"GET", "/api/v1/me/today", "get_my_today",
            "The caller's day: visits and calls planned today (in the organisation's time zone), "
            "overdue planned activities, open tasks due, next steps due",
            "Activity", true, RouteKind::kCustom, nullptr, "", "Today", 200,
            [store, clock](RouteContext& c) {
              if (!c.request.query.empty()) {
                return ErrorToResponse(Error::Invalid("query", core::Msg("today.no_parameters")));
              }
              auto view = acts::ReadToday(*store, *clock, *c.caller);
              if (!view.ok()) return ErrorToResponse(view.error());
              const bool cost = app::SeesCost(*c.caller);
              json::object body;
              body["date"] = view->date;
              body["time_zone"] = view->time_zone;
              body["planned"] = RecordsJson("activities", view->planned, cost);
              body["overdue"] = RecordsJson("activities", view->overdue, cost);
              body["tasks"] = RecordsJson("tasks", view->tasks, cost);
              body["next_actions"] = RecordsJson("activities", view->next_actions, cost);
              body["report_figures"] = nullptr;
              if (view->report_figures) {
                body["report_figures"] = app::RecordToJson(*app::FindEntity("daily-reports"),
                                                           *view->report_figures, cost);
              }
              return JsonResponse(200, body);
            }});
}

void AddReviewQueueRoute(ModuleHost& host) {
  app::Store* store = &host.store();
  const core::Clock* clock = &host.clock();
  host.Add({"GET", "/api/v1/daily-reports/review-queue", "get_daily_report_review_queue",
            "The leader's queue: the team's submitted daily reports not yet reviewed (oldest "
            "first) and, per rep, the last working days without a submitted report",
            "Activity", true, RouteKind::kCustom, nullptr, "", "ReviewQueue", 200,
            [store, clock](RouteContext& c) {
              if (!c.request.query.empty()) {
                return ErrorToResponse(
                    Error::Invalid("query", core::Msg("daily_report.queue_no_parameters")));
              }
              auto queue = acts::ReadReviewQueue(*store, *clock, *c.caller);
              if (!queue.ok()) return ErrorToResponse(queue.error());
              json::array missing;
              for (const auto& m : queue->missing) {
                missing.push_back(
                    {{"owner_id", m.owner_id},
                     {"report_date", m.date.ToString()},
                     {"overdue", m.overdue},
                     {"draft_id", m.draft_id ? json::value(*m.draft_id) : json::value(nullptr)}});
              }
              json::object body;
              body["date"] = queue->date;
              body["reports"] =
                  RecordsJson("daily-reports", queue->reports, app::SeesCost(*c.caller));
              body["missing"] = std::move(missing);
              return JsonResponse(200, body);
            }});
}

}  // namespace salesdesk::http
