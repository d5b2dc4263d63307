// List, get, create, update and delete for every entity of the catalog, generated from the
// specs. Handlers stay thin: parse, call the record service, render.
#include <boost/json.hpp>
#include <optional>

#include "app/access/access_policy.h"
#include "app/records/record_json.h"
#include "http/aggregate_response.h"
#include "http/api.h"
#include "http/error_response.h"
#include "http/idempotency_header.h"
#include "http/if_match.h"
#include "http/json_response.h"
#include "http/list_cursor.h"
#include "http/list_query_parser.h"

namespace salesdesk::http {
namespace {

using core::Error;
using core::ErrorCode;

Response RecordResponse(int status, const app::EntitySpec& e, const app::Record& r,
                        const app::Caller& caller) {
  Response out = JsonResponse(status, app::RecordToJson(e, r, app::SeesCost(caller)));
  out.headers.emplace_back("ETag", ETagFor(app::RecordVersion(r)));
  return out;
}

std::string ItemPath(const app::EntitySpec& e, std::int64_t id) {
  return "/api/v1/" + std::string(e.plural) + "/" + std::to_string(id);
}

Response List(app::RecordService& svc, const app::EntitySpec& e, RouteContext& ctx) {
  const app::Caller& caller = *ctx.caller;
  auto params = ParseQueryString(ctx.request.query);
  if (!params.ok()) return ErrorToResponse(params.error());
  auto query = ParseListQuery(e, *params, app::SeesCost(caller));
  if (!query.ok()) return ErrorToResponse(query.error());
  auto page = svc.List(caller, e, *query);
  if (!page.ok()) return ErrorToResponse(page.error());
  boost::json::array items;
  items.reserve(page->items.size());
  for (const auto& r : page->items) items.push_back(app::RecordToJson(e, r, app::SeesCost(caller)));
  boost::json::object out{{"items", std::move(items)},
                          {"limit", query->limit},
                          {"offset", query->offset},
                          {"has_more", page->has_more},
                          {"next", nullptr}};
  if (query->with_total) out["total"] = page->total;
  if (page->next) out["next"] = EncodeListCursor(*query, *page->next);
  return JsonResponse(200, std::move(out));
}

// Counts and measures per group over what the caller's list shows (decision 0019).
Response Aggregate(app::RecordService& svc, const app::EntitySpec& e, RouteContext& ctx) {
  const app::Caller& caller = *ctx.caller;
  auto params = ParseQueryString(ctx.request.query);
  if (!params.ok()) return ErrorToResponse(params.error());
  auto request = ParseAggregateRequest(e, *params, app::SeesCost(caller));
  if (!request.ok()) return ErrorToResponse(request.error());
  auto out = svc.Aggregate(caller, e, *request);
  if (!out.ok()) return ErrorToResponse(out.error());
  return JsonResponse(200, AggregateToJson(e, *out));
}

Response Create(app::RecordService& svc, const app::EntitySpec& e, RouteContext& ctx) {
  const app::Caller& caller = *ctx.caller;
  auto fields = app::DecodeRecord(e, ctx.request.body, app::DecodeMode::kCreate);
  if (!fields.ok()) return ErrorToResponse(fields.error());
  return CreateOnce<app::Record>(
      ctx.request, [&](const app::Record& r) { return RecordResponse(201, e, r, caller); },
      [&](const app::Record& r) { return ItemPath(e, app::RecordId(r)); },
      [&](const app::IdempotencyRequest* key, const app::Renderer<app::Record>& render) {
        return svc.Create(caller, e, std::move(fields).value(), key, render);
      });
}

Response Update(app::RecordService& svc, const app::EntitySpec& e, std::int64_t id,
                RouteContext& ctx) {
  auto version = IfMatchVersion(ctx.request);
  if (!version.ok()) return ErrorToResponse(version.error());
  auto fields = app::DecodeRecord(e, ctx.request.body, app::DecodeMode::kUpdate);
  if (!fields.ok()) return ErrorToResponse(fields.error());
  if (fields->empty()) {
    return ErrorToResponse(Error::Invalid("body", core::Msg("body.nothing_to_change")));
  }
  auto updated = svc.Update(*ctx.caller, e, id, std::move(fields).value(), *version);
  if (!updated.ok()) return ErrorToResponse(updated.error());
  return RecordResponse(200, e, *updated, *ctx.caller);
}

}  // namespace

void Api::AddRecordRoutes() {
  auto& svc = records_;
  for (const auto& spec : app::AllEntities()) {
    const app::EntitySpec* e = &spec;
    const std::string base = "/api/v1/" + std::string(e->plural);
    const std::string tag(e->title);
    bool writable = false;
    for (const auto& p : e->policies) writable = writable || p.write;

    routes_.push_back({"GET", base, "list_" + std::string(e->plural), "List " + tag + " records",
                       tag, true, RouteKind::kList, e, "", "", 200,
                       [&svc, e](RouteContext& c) { return List(svc, *e, c); }});
    routes_.push_back({"GET", base + "/aggregate", "aggregate_" + std::string(e->plural),
                       "Count and sum " + tag + " records per group", tag, true,
                       RouteKind::kAggregate, e, "", "", 200,
                       [&svc, e](RouteContext& c) { return Aggregate(svc, *e, c); }});
    routes_.push_back({"GET", base + "/{id}", "get_" + std::string(e->singular), "Get one " + tag,
                       tag, true, RouteKind::kGet, e, "", "", 200, [&svc, e](RouteContext& c) {
                         auto r = svc.Get(*c.caller, *e, c.ids[0]);
                         return r.ok() ? RecordResponse(200, *e, *r, *c.caller)
                                       : ErrorToResponse(r.error());
                       }});
    if (!writable || e->custom_writes) continue;
    routes_.push_back({"POST", base, "create_" + std::string(e->singular), "Create a " + tag, tag,
                       true, RouteKind::kCreate, e, "", "", 201,
                       [&svc, e](RouteContext& c) { return Create(svc, *e, c); }});
    routes_.push_back({"PATCH", base + "/{id}", "update_" + std::string(e->singular),
                       "Change fields of a " + tag + " (If-Match required)", tag, true,
                       RouteKind::kUpdate, e, "", "", 200,
                       [&svc, e](RouteContext& c) { return Update(svc, *e, c.ids[0], c); }});
    if (!e->deletable) continue;
    routes_.push_back({"DELETE", base + "/{id}", "delete_" + std::string(e->singular),
                       "Delete a " + tag + " (If-Match required)", tag, true, RouteKind::kDelete, e,
                       "", "", 204, [&svc, e](RouteContext& c) {
                         auto version = IfMatchVersion(c.request);
                         if (!version.ok()) return ErrorToResponse(version.error());
                         auto r = svc.Delete(*c.caller, *e, c.ids[0], *version);
                         if (!r.ok()) return ErrorToResponse(r.error());
                         Response resp;
                         resp.status = 204;
                         resp.content_type.clear();
                         return resp;
                       }});
  }

  // Organisation settings: one record, read by everyone signed in, changed by admins.
  const app::EntitySpec* settings = &app::SettingsSpec();
  routes_.push_back(
      {"GET", "/api/v1/settings", "get_settings", "Organisation settings", "Settings", true,
       RouteKind::kGet, settings, "", "", 200, [&svc, settings](RouteContext& c) {
         auto r = svc.Get(*c.caller, *settings, 1);
         return r.ok() ? RecordResponse(200, *settings, *r, *c.caller) : ErrorToResponse(r.error());
       }});
  routes_.push_back({"PATCH", "/api/v1/settings", "update_settings",
                     "Change organisation settings (If-Match required)", "Settings", true,
                     RouteKind::kUpdate, settings, "", "", 200,
                     [&svc, settings](RouteContext& c) { return Update(svc, *settings, 1, c); }});
}

}  // namespace salesdesk::http
