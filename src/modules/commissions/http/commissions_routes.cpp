// POST /commission-statements (compute a draft) and POST /commission-statements/{id}/approve
// (docs/commissions.md). Reads of statements and their lines are the generic record routes.
#include <boost/json.hpp>

#include "app/access/access_policy.h"
#include "app/records/record_json.h"
#include "http/error_response.h"
#include "http/idempotency_header.h"
#include "http/if_match.h"
#include "http/json_response.h"
#include "modules/commissions/http/commissions_http_module.h"

namespace salesdesk::http {
namespace {

namespace json = boost::json;
namespace commissions = modules::commissions;
using core::Error;

const app::EntitySpec& Statements() { return *app::FindEntity("commission-statements"); }

core::Result<commissions::StatementRequest> DecodeStatement(const std::string& body) {
  SD_ASSIGN(json::object o, app::ParseBodyObject(body));
  commissions::StatementRequest r;
  for (const auto& [key, value] : o) {
    if (key == "user_id") {
      if (!value.is_int64() || value.as_int64() <= 0) {
        return Error::Invalid("user_id", core::Msg("field.not_an_id", {{"field", "user_id"}}));
      }
      r.user_id = value.as_int64();
    } else if (key == "period") {
      if (!value.is_string()) {
        return Error::Invalid("period", core::Msg("commissions.period"));
      }
      r.period = std::string(value.as_string());
    } else {
      return Error::Invalid(std::string(key),
                            core::Msg("field.unknown", {{"field", std::string(key)},
                                                        {"entity", "commission statement"}}));
    }
  }
  if (r.user_id == 0) {
    return Error::Invalid("user_id", core::Msg("field.required", {{"field", "user_id"}}));
  }
  if (r.period.empty()) {
    return Error::Invalid("period", core::Msg("field.required", {{"field", "period"}}));
  }
  return r;
}

Response StatementOut(int status, const core::Result<app::Record>& r, const app::Caller& caller) {
  if (!r.ok()) return ErrorToResponse(r.error());
  Response out = JsonResponse(status, app::RecordToJson(Statements(), *r, app::SeesCost(caller)));
  out.headers.emplace_back("ETag", ETagFor(app::RecordVersion(*r)));
  return out;
}

}  // namespace

void AddCommissionRoutes(ModuleHost& host, commissions::StatementService& s) {
  host.Add(
          {"POST", "/api/v1/commission-statements", "compute_commission_statement",
           "Compute the draft statement of a rep for a month from the rep's posted invoices and "
           "the payments on them (RULES.md C); a draft is recomputed in place, an approved one "
           "is closed (409). Finance, the director, and managers for their team",
           "Commission statement", true, RouteKind::kCustom, nullptr, "CommissionStatementRequest",
           "CommissionStatement", 201,
           [&s](RouteContext& c) {
             auto in = DecodeStatement(c.request.body);
             if (!in.ok()) return ErrorToResponse(in.error());
             return CreateOnce<app::Record>(
                 c.request, [&](const app::Record& r) { return StatementOut(201, r, *c.caller); },
                 [&](const app::Record& r) {
                   return "/api/v1/commission-statements/" + std::to_string(app::RecordId(r));
                 },
                 [&](const app::IdempotencyRequest* key, const app::Renderer<app::Record>& render) {
                   return s.Compute(*c.caller, *in, key, render);
                 });
           }})
      .idempotent = true;
  host.Add({"POST", "/api/v1/commission-statements/{id}/approve", "approve_commission_statement",
            "The next approval (If-Match): a draft by the rep's manager, then finance; nobody "
            "approves their own statement",
            "Commission statement", true, RouteKind::kCustom, nullptr, "", "CommissionStatement",
            200,
            [&s](RouteContext& c) {
              // Who may not approve learns that before being asked for a version.
              auto may = app::CheckMayWrite(*c.caller, Statements());
              if (!may.ok()) return ErrorToResponse(may.error());
              auto version = IfMatchVersion(c.request);
              if (!version.ok()) return ErrorToResponse(version.error());
              return StatementOut(200, s.Approve(*c.caller, c.ids[0], *version), *c.caller);
            }})
      .if_match = true;
}

void AddCommissionSchemas(json::object& schemas) {
  schemas["CommissionStatementRequest"] = {
      {"type", "object"},
      {"required", json::array{"user_id", "period"}},
      {"additionalProperties", false},
      {"properties",
       {{"user_id", {{"type", "integer"}, {"minimum", 1}}},
        {"period", {{"type", "string"}, {"pattern", "^[0-9]{4}-[0-9]{2}$"}}}}}};
}

}  // namespace salesdesk::http
