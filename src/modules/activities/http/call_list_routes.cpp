// The call-list routes (issue 11, decision 0057): build a list from a saved view, work it entry
// by entry (the next one, log a call, skip), and the calls-per-hour and contact-rate figures.
// The lists and entries themselves are read through the generic GET routes.
#include <charconv>

#include "app/access/access_policy.h"
#include "app/records/record_fields.h"
#include "app/records/record_json.h"
#include "app/records/record_service.h"
#include "http/error_response.h"
#include "http/idempotency_header.h"
#include "http/if_match.h"
#include "http/json_response.h"
#include "http/list_query_parser.h"
#include "http/query_string.h"
#include "modules/activities/app/call_list_stats.h"
#include "modules/activities/app/call_lists.h"
#include "modules/activities/http/activities_http_module.h"

namespace salesdesk::http {
namespace {

namespace json = boost::json;
using core::Error;
namespace acts = modules::activities;

constexpr std::int64_t kMaxStatsDays = 366;

Error NotString(std::string_view field) {
  return Error::Invalid(std::string(field),
                        core::Msg("field.not_string", {{"field", std::string(field)}}));
}

// The body of POST /call-lists: a name, and a saved view (or an entity and a list query).
struct BuildBody {
  std::string name;
  std::optional<std::int64_t> saved_view_id;
  std::string entity, query;
  bool has_query = false;
};

core::Result<BuildBody> DecodeBuild(std::string_view body) {
  SD_ASSIGN(json::object object, app::ParseBodyObject(body));
  BuildBody out;
  for (const auto& [key, value] : object) {
    if (key == "name") {
      if (!value.is_string()) return NotString("name");
      out.name = std::string(value.as_string());
    } else if (key == "saved_view_id") {
      if (!value.is_int64() || value.as_int64() <= 0) {
        return Error::Invalid("saved_view_id",
                              core::Msg("field.not_an_id", {{"field", "saved_view_id"}}));
      }
      out.saved_view_id = value.as_int64();
    } else if (key == "entity") {
      if (!value.is_string()) return NotString("entity");
      out.entity = std::string(value.as_string());
    } else if (key == "query") {
      if (!value.is_string()) return NotString("query");
      out.query = std::string(value.as_string());
      out.has_query = true;
    } else {
      return Error::Invalid(
          std::string(key),
          core::Msg("field.unknown", {{"field", std::string(key)}, {"entity", "CallListRequest"}}));
    }
  }
  if (out.name.find_first_not_of(" \t") == std::string::npos || out.name.size() > 120) {
    return Error::Invalid("name", core::Msg("call_list.name"));
  }
  if (out.saved_view_id.has_value() == (!out.entity.empty() || out.has_query)) {
    return Error::Invalid(out.saved_view_id ? "entity" : "saved_view_id",
                          core::Msg("call_list.source"));
  }
  return out;
}

bool IsSource(std::string_view entity) {
  const auto& all = acts::CallListSources();
  return std::find(all.begin(), all.end(), entity) != all.end();
}

// The build request: the caller's own saved view (another person's is not found), its list
// query checked as that list checks it.
core::Result<acts::BuildCallList> ResolveBuild(app::RecordService& records,
                                               const app::Caller& caller, const BuildBody& body) {
  acts::BuildCallList out{.name = body.name, .entity = body.entity, .query_text = body.query};
  std::string field = "query";
  if (body.saved_view_id) {
    field = "saved_view_id";
    auto view = records.Get(caller, *app::FindEntity("saved-views"), *body.saved_view_id);
    if (!view.ok()) {
      Error e = std::move(view).error();
      e.field = field;
      return e;
    }
    out.entity = app::TextOf(*view, "list");
    out.query_text = app::TextOf(*view, "query");
    out.view_id = body.saved_view_id;
    if (!IsSource(out.entity)) {
      return Error::Invalid(field, core::Msg("call_list.view_list", {{"list", out.entity}}));
    }
  } else if (!IsSource(out.entity)) {
    return Error::Invalid(
        "entity", core::Msg("field.not_in_enum",
                            {{"field", "entity"}, {"values", "accounts, contacts, leads"}}));
  }
  std::string_view text = out.query_text;
  if (text.starts_with('?')) text.remove_prefix(1);
  auto params = ParseQueryString(text);
  if (!params.ok()) return Error::Invalid(field, params.error());
  auto query = ParseListQuery(*app::FindEntity(out.entity), *params, app::SeesCost(caller));
  if (!query.ok()) return Error::Invalid(field, query.error());
  out.query = std::move(query).value();
  return out;
}

// A rebuild takes nothing: no body, or {}.
core::Result<void> NoBody(std::string_view body) {
  if (body.find_first_not_of(" \t\r\n") == std::string_view::npos) return core::Ok();
  SD_ASSIGN(json::object object, app::ParseBodyObject(body));
  if (object.empty()) return core::Ok();
  return Error::Invalid(std::string(object.begin()->key()), core::Msg("call_list.rebuild_body"));
}

// The query a rebuild runs, checked as the list's own list checks it for its worker.
core::Result<acts::RebuildCallList> ResolveRebuild(const acts::RebuildSource& source) {
  const std::string field = source.from_view ? "source_view_id" : "source_query";
  std::string_view text = source.query_text;
  if (text.starts_with('?')) text.remove_prefix(1);
  auto params = ParseQueryString(text);
  if (!params.ok()) return Error::Invalid(field, params.error());
  auto query = ParseListQuery(*app::FindEntity(source.entity), *params, source.worker_sees_cost);
  if (!query.ok()) return Error::Invalid(field, query.error());
  return acts::RebuildCallList{std::move(query).value(), source.query_text, source.from_view};
}

core::Result<acts::LogCall> DecodeLog(std::string_view body) {
  SD_ASSIGN(json::object object, app::ParseBodyObject(body));
  acts::LogCall out;
  for (const auto& [key, value] : object) {
    if (key == "outcome") {
      if (!value.is_string()) return NotString("outcome");
      out.outcome = std::string(value.as_string());
    } else if (key == "duration_minutes") {
      if (value.is_null()) continue;
      if (!value.is_int64()) {
        return Error::Invalid("duration_minutes",
                              core::Msg("field.not_integer", {{"field", "duration_minutes"}}));
      }
      out.duration_minutes = value.as_int64();
    } else if (key == "note") {
      if (value.is_null()) continue;
      if (!value.is_string()) return NotString("note");
      out.note = std::string(value.as_string());
    } else if (key == "next_call_on") {
      if (value.is_null()) continue;
      if (!value.is_string()) return NotString("next_call_on");
      out.next_call_on = std::string(value.as_string());
    } else {
      return Error::Invalid(
          std::string(key),
          core::Msg("field.unknown", {{"field", std::string(key)}, {"entity", "CallLog"}}));
    }
  }
  return out;
}

// {"owner_id": id}: who the list goes to.
core::Result<std::int64_t> DecodeHandOver(std::string_view body) {
  SD_ASSIGN(json::object object, app::ParseBodyObject(body));
  std::optional<std::int64_t> to;
  for (const auto& [key, value] : object) {
    if (key != "owner_id") {
      return Error::Invalid(std::string(key),
                            core::Msg("field.unknown", {{"field", std::string(key)},
                                                        {"entity", "CallListHandOver"}}));
    }
    if (!value.is_int64() || value.as_int64() <= 0) {
      return Error::Invalid("owner_id", core::Msg("field.not_an_id", {{"field", "owner_id"}}));
    }
    to = value.as_int64();
  }
  if (!to) return Error::Invalid("owner_id", core::Msg("field.required", {{"field", "owner_id"}}));
  return *to;
}

// A list as changed by close or hand-over, with its new ETag.
Response ListAnswer(const app::EntitySpec& spec, const app::Caller& caller,
                    const core::Result<app::Record>& list) {
  if (!list.ok()) return ErrorToResponse(list.error());
  Response r = JsonResponse(200, app::RecordToJson(spec, *list, app::SeesCost(caller)));
  r.headers.emplace_back("ETag", ETagFor(app::RecordVersion(*list)));
  return r;
}

core::Result<acts::CallStatsRequest> DecodeStats(const Request& request) {
  SD_ASSIGN(QueryParams params, ParseQueryString(request.query));
  std::optional<core::Date> from, to;
  bool from_given = false, to_given = false;  // a bad date is reported once
  acts::CallStatsRequest out;
  core::FieldIssues issues;
  for (const auto& [name, value] : params) {
    if (name == "from" || name == "to") {
      (name == "from" ? from_given : to_given) = true;
      auto day = core::ParseDate(value);
      if (!day.ok()) {
        issues.Add("query." + name, core::Msg("call_list.stats_date", {{"name", name}}));
      } else {
        (name == "from" ? from : to) = *day;
      }
    } else if (name == "owner_id") {
      std::int64_t id = 0;
      auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), id);
      if (ec != std::errc{} || end != value.data() + value.size() || id <= 0) {
        issues.Add("query.owner_id", core::Msg("field.not_an_id", {{"field", "owner_id"}}));
      } else {
        out.owner_id = id;
      }
    } else {
      issues.Add("query." + name, core::Msg("call_list.stats_parameter", {{"name", name}}));
    }
  }
  if (!from_given) {
    issues.Add("query.from", core::Msg("call_list.stats_date", {{"name", "from"}}));
  }
  if (!to_given) {
    issues.Add("query.to", core::Msg("call_list.stats_date", {{"name", "to"}}));
  }
  if (!issues.empty()) return issues.ToError();
  if (*to < *from || to->days_since_epoch() - from->days_since_epoch() >= kMaxStatsDays) {
    return Error::Invalid(
        "query.to", core::Msg("call_list.stats_range", {{"max", std::to_string(kMaxStatsDays)}}));
  }
  out.from = *from;
  out.to = *to;
  return out;
}

json::value OrNull(const std::optional<std::int64_t>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}

json::object StatsJson(const acts::CallStatsRequest& request,
                       const std::vector<acts::PersonCallStats>& people) {
  json::array rows;
  for (const auto& p : people) {
    rows.push_back({{"owner_id", p.owner_id},
                    {"calls", p.figures.calls},
                    {"connected", p.figures.connected},
                    {"contact_rate_bp", OrNull(p.figures.contact_rate_bp)},
                    {"calling_minutes", p.figures.calling_us / 60'000'000},
                    {"calls_per_hour_centi", OrNull(p.figures.calls_per_hour_centi)}});
  }
  return {{"from", request.from.ToString()}, {"to", request.to.ToString()}, {"people", rows}};
}

}  // namespace

void AddCallListRoutes(ModuleHost& host) {
  auto& lists = host.Keep<acts::CallLists>(host.store(), host.clock());
  app::RecordService& records = host.records();
  app::Store& store = host.store();
  const app::EntitySpec* list_spec = app::FindEntity("call-lists");
  const app::EntitySpec* entry_spec = app::FindEntity("call-list-entries");

  Route& build = host.Add(
      {"POST", "/api/v1/call-lists", "build_call_list",
       "Build a call list from one of your saved views of accounts, contacts or leads "
       "(saved_view_id), or from an entity and its list query: the records you see, in the "
       "view's order, at most 500",
       std::string(list_spec->title), true, RouteKind::kCustom, list_spec, "CallListRequest",
       "CallList", 201, [&lists, &records, list_spec](RouteContext& c) {
         // Who may not build one hears so before anything about the view they named.
         if (auto may = app::CheckMayWrite(*c.caller, *list_spec); !may.ok()) {
           return ErrorToResponse(may.error());
         }
         auto body = DecodeBuild(c.request.body);
         if (!body.ok()) return ErrorToResponse(body.error());
         auto request = ResolveBuild(records, *c.caller, *body);
         if (!request.ok()) return ErrorToResponse(request.error());
         return CreateOnce<app::Record>(
             c.request,
             [&](const app::Record& list) {
               return JsonResponse(201,
                                   app::RecordToJson(*list_spec, list, app::SeesCost(*c.caller)));
             },
             [](const app::Record& list) {
               return "/api/v1/call-lists/" + std::to_string(app::RecordId(list));
             },
             [&](const app::IdempotencyRequest* key, const app::Renderer<app::Record>& render) {
               return lists.Build(*c.caller, *request, key, render);
             });
       }});
  build.idempotent = true;

  host.Add({"GET", "/api/v1/call-lists/stats", "get_call_stats",
            "Per person over from..to (business days, both included): done calls, connected "
            "calls (outcome reached), contact rate in basis points, calling minutes and calls per "
            "hour in hundredths; every call the caller may see, or owner_id's",
            "Activity", true, RouteKind::kCustom, nullptr, "", "CallStats", 200,
            [&store](RouteContext& c) {
              auto request = DecodeStats(c.request);
              if (!request.ok()) return ErrorToResponse(request.error());
              auto people = acts::ReadCallStats(store, *c.caller, *request);
              if (!people.ok()) return ErrorToResponse(people.error());
              return JsonResponse(200, StatsJson(*request, *people));
            }});

  host.Add({"GET", "/api/v1/call-lists/{id}/next", "get_next_call",
            "The list and its next pending entry (null when the list is worked through)",
            std::string(list_spec->title), true, RouteKind::kCustom, list_spec, "", "NextCall", 200,
            [&lists, list_spec, entry_spec](RouteContext& c) {
              auto next = lists.Next(*c.caller, c.ids[0]);
              if (!next.ok()) return ErrorToResponse(next.error());
              const bool cost = app::SeesCost(*c.caller);
              json::object body{{"list", app::RecordToJson(*list_spec, next->list, cost)},
                                {"entry", nullptr}};
              if (next->entry) body["entry"] = app::RecordToJson(*entry_spec, *next->entry, cost);
              return JsonResponse(200, body);
            }});

  Route& log = host.Add(
      {"POST", "/api/v1/call-list-entries/{id}/log", "log_call_list_entry",
       "Log the call to a pending entry: creates the done call activity (linked to the entry's "
       "account, contact or lead) and marks the entry done, in one transaction",
       std::string(entry_spec->title), true, RouteKind::kCustom, entry_spec, "CallLog",
       "LoggedCall", 201, [&lists, entry_spec](RouteContext& c) {
         auto request = DecodeLog(c.request.body);
         if (!request.ok()) return ErrorToResponse(request.error());
         const app::EntitySpec* activities = app::FindEntity("activities");
         return CreateOnce<acts::LoggedCall>(
             c.request,
             [&](const acts::LoggedCall& logged) {
               const bool cost = app::SeesCost(*c.caller);
               return JsonResponse(
                   201, json::object{
                            {"entry", app::RecordToJson(*entry_spec, logged.entry, cost)},
                            {"activity", app::RecordToJson(*activities, logged.activity, cost)}});
             },
             [](const acts::LoggedCall& logged) {
               return "/api/v1/activities/" + std::to_string(app::RecordId(logged.activity));
             },
             [&](const app::IdempotencyRequest* key,
                 const app::Renderer<acts::LoggedCall>& render) {
               return lists.Log(*c.caller, c.ids[0], *request, key, render);
             });
       }});
  log.idempotent = true;

  host.Add({"POST", "/api/v1/call-list-entries/{id}/skip", "skip_call_list_entry",
            "Pass a pending entry by without calling", std::string(entry_spec->title), true,
            RouteKind::kCustom, entry_spec, "", "CallListEntry", 200,
            [&lists, entry_spec](RouteContext& c) {
              auto skipped = lists.Skip(*c.caller, c.ids[0]);
              if (!skipped.ok()) return ErrorToResponse(skipped.error());
              return JsonResponse(
                  200, app::RecordToJson(*entry_spec, *skipped, app::SeesCost(*c.caller)));
            }});

  Route& close = host.Add(
      {"POST", "/api/v1/call-lists/{id}/close", "close_call_list",
       "Close a call list by hand at the version you saw (If-Match): its pending entries are no "
       "longer called, logged or skipped",
       std::string(list_spec->title), true, RouteKind::kCustom, list_spec, "", "CallList", 200,
       [&lists, list_spec](RouteContext& c) {
         if (auto may = app::CheckMayWrite(*c.caller, *list_spec); !may.ok()) {
           return ErrorToResponse(may.error());
         }
         auto version = IfMatchVersion(c.request);
         if (!version.ok()) return ErrorToResponse(version.error());
         return ListAnswer(*list_spec, *c.caller, lists.Close(*c.caller, c.ids[0], *version));
       }});
  close.if_match = true;

  Route& rebuild = host.Add(
      {"POST", "/api/v1/call-lists/{id}/rebuild", "rebuild_call_list",
       "Run the list's saved view again at the version you saw (If-Match), with its worker's "
       "visibility: pending entries it no longer lists are dropped, those it still lists get "
       "their name and phone refreshed, new records are appended in its order; called and "
       "skipped entries stay",
       std::string(list_spec->title), true, RouteKind::kCustom, list_spec, "", "RebuiltCallList",
       200, [&lists, list_spec](RouteContext& c) {
         if (auto may = app::CheckMayWrite(*c.caller, *list_spec); !may.ok()) {
           return ErrorToResponse(may.error());
         }
         auto version = IfMatchVersion(c.request);
         if (!version.ok()) return ErrorToResponse(version.error());
         if (auto body = NoBody(c.request.body); !body.ok()) return ErrorToResponse(body.error());
         auto source = lists.SourceOf(*c.caller, c.ids[0]);
         if (!source.ok()) return ErrorToResponse(source.error());
         auto request = ResolveRebuild(*source);
         if (!request.ok()) return ErrorToResponse(request.error());
         auto rebuilt = lists.Rebuild(*c.caller, c.ids[0], *version, *request);
         if (!rebuilt.ok()) return ErrorToResponse(rebuilt.error());
         Response r =
             JsonResponse(200, json::object{{"list", app::RecordToJson(*list_spec, rebuilt->list,
                                                                       app::SeesCost(*c.caller))},
                                            {"added", rebuilt->added},
                                            {"dropped", rebuilt->dropped},
                                            {"refreshed", rebuilt->refreshed},
                                            {"kept", rebuilt->kept},
                                            {"from_view", rebuilt->from_view}});
         r.headers.emplace_back("ETag", ETagFor(app::RecordVersion(rebuilt->list)));
         return r;
       }});
  rebuild.if_match = true;

  Route& hand_over =
      host.Add({"POST", "/api/v1/call-lists/{id}/hand-over", "hand_over_call_list",
                "Give a call list, with its entries, to another person at the version you saw "
                "(If-Match): someone you lead and who is active, as for any record's owner",
                std::string(list_spec->title), true, RouteKind::kCustom, list_spec,
                "CallListHandOver", "CallList", 200, [&lists, list_spec](RouteContext& c) {
                  if (auto may = app::CheckMayWrite(*c.caller, *list_spec); !may.ok()) {
                    return ErrorToResponse(may.error());
                  }
                  auto version = IfMatchVersion(c.request);
                  if (!version.ok()) return ErrorToResponse(version.error());
                  auto to = DecodeHandOver(c.request.body);
                  if (!to.ok()) return ErrorToResponse(to.error());
                  return ListAnswer(*list_spec, *c.caller,
                                    lists.HandOver(*c.caller, c.ids[0], *to, *version));
                }});
  hand_over.if_match = true;
}

}  // namespace salesdesk::http
