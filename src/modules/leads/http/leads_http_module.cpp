// The leads' HTTP part: the conversion action (reads and edits of leads and assignment rules are
// the generic record routes).
#include "app/access/access_policy.h"
#include "app/records/record_json.h"
#include "http/error_response.h"
#include "http/http_module.h"
#include "http/idempotency_header.h"
#include "http/if_match.h"
#include "http/json_response.h"
#include "http/simple_body.h"
#include "modules/leads/app/lead_conversion.h"

namespace salesdesk::http {
namespace {

namespace json = boost::json;
using modules::leads::ConvertRequest;
using modules::leads::LeadConversion;

core::Result<ConvertRequest> DecodeConvert(std::string_view body) {
  ConvertRequest out;
  if (body.find_first_not_of(" \t\r\n") == std::string_view::npos) return out;
  SD_ASSIGN(auto fields, DecodeSimpleBody(body, {{"account_id", true, false},
                                                 {"kind", false, false},
                                                 {"currency", false, false}}));
  if (auto it = fields.find("account_id"); it != fields.end()) {
    out.account_id = std::stoll(it->second);
    if (*out.account_id <= 0) {
      return core::Error::Invalid("account_id",
                                  core::Msg("field.not_an_id", {{"field", "account_id"}}));
    }
  }
  if (auto it = fields.find("kind"); it != fields.end()) {
    if (it->second != "company" && it->second != "person") {
      return core::Error::Invalid(
          "kind",
          core::Msg("field.not_in_enum", {{"field", "kind"}, {"values", "company, person"}}));
    }
    out.kind = it->second;
  }
  if (auto it = fields.find("currency"); it != fields.end()) out.currency = it->second;
  if (out.account_id && (!out.kind.empty() || !out.currency.empty())) {
    return core::Error::Invalid(out.kind.empty() ? "currency" : "kind",
                                core::Msg("lead.convert_existing_account_only"));
  }
  return out;
}

void AddRoutes(ModuleHost& host) {
  auto& conversion = host.Keep<LeadConversion>(host.store(), host.clock());
  const app::EntitySpec* leads = app::FindEntity("leads");
  Route& convert = host.Add(
      {"POST", "/api/v1/leads/{id}/convert", "convert_lead",
       "Convert a qualified lead into a new account (or onto account_id, an account you can see) "
       "and a contact for its person; the lead becomes converted and read-only (If-Match: the "
       "lead's version)",
       std::string(leads->title), true, RouteKind::kCustom, leads, "LeadConversion", "Lead", 200,
       [&conversion, leads](RouteContext& c) {
         auto version = IfMatchVersion(c.request);
         if (!version.ok()) return ErrorToResponse(version.error());
         auto request = DecodeConvert(c.request.body);
         if (!request.ok()) return ErrorToResponse(request.error());
         return CreateOnce<app::Record>(
             c.request,
             [&](const app::Record& lead) {
               Response r =
                   JsonResponse(200, app::RecordToJson(*leads, lead, app::SeesCost(*c.caller)));
               r.headers.emplace_back("ETag", ETagFor(app::RecordVersion(lead)));
               return r;
             },
             [](const app::Record& lead) {
               return "/api/v1/accounts/" +
                      std::to_string(std::get<std::int64_t>(lead.at("converted_account_id")));
             },
             [&](const app::IdempotencyRequest* key, const app::Renderer<app::Record>& render) {
               return conversion.Convert(*c.caller, c.ids[0], *version, *request, key, render);
             });
       }});
  convert.if_match = true;
  convert.idempotent = true;
}

void AddSchemas(json::object& schemas) {
  schemas["LeadConversion"] = {
      {"type", "object"},
      {"description",
       "Empty: a new account from the lead. account_id: onto that existing account."},
      {"properties",
       {{"account_id", {{"type", "integer"}, {"description", "An existing account you can see"}}},
        {"kind",
         {{"type", "string"},
          {"enum", json::array{"company", "person"}},
          {"description", "New account: company (default when the lead names one) or person"}}},
        {"currency",
         {{"type", "string"},
          {"description", "New account: ISO 4217; default the organisation's base currency"}}}}}};
}

}  // namespace
}  // namespace salesdesk::http

namespace salesdesk::modules::leads {

const http::HttpModule& HttpPart() {
  static const http::HttpModule kModule{
      .name = "leads", .add_routes = http::AddRoutes, .add_schemas = http::AddSchemas};
  return kModule;
}

}  // namespace salesdesk::modules::leads
