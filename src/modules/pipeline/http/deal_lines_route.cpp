#include "modules/pipeline/http/deal_lines_route.h"

#include <memory>

#include "app/access/access_policy.h"
#include "app/records/record_json.h"
#include "http/error_response.h"
#include "http/if_match.h"
#include "http/json_response.h"
#include "http/openapi_schema_helpers.h"
#include "modules/pipeline/app/deal_lines.h"
#include "modules/sales/app/quote_input.h"

namespace salesdesk::http::pipeline {
namespace {

namespace json = boost::json;
using core::Error;

struct LinesInput {
  std::optional<std::int64_t> price_list_id;
  std::vector<app::sales::QuoteLineInput> lines;
};

constexpr std::size_t kMaxDealLines = 200;

// {"price_list_id"?: id, "lines": [{"product_id", "quantity", "unit"?}]}: every problem at once,
// named as a quote's ("lines[1].quantity").
core::Result<LinesInput> DecodeLines(const std::string& body) {
  SD_ASSIGN(json::object o, app::ParseBodyObject(body));
  core::FieldIssues problems;
  LinesInput in;
  for (const auto& [key, value] : o) {
    if (key == "price_list_id") {
      if (!value.is_null()) in.price_list_id = app::sales::IdMember(value, key, problems);
    } else if (key != "lines") {
      problems.Add(std::string(key), core::Msg("field.unknown", {{"field", std::string(key)},
                                                                 {"entity", "deal lines"}}));
    }
  }
  in.lines = app::sales::DecodeEngineLines(o.if_contains("lines"), kMaxDealLines, false, problems);
  if (!problems.empty()) return problems.ToError();
  return in;
}

}  // namespace

void AddDealLinesRoute(ModuleHost& host) {
  auto service = std::make_shared<modules::pipeline::DealLineService>(host.store(), host.clock());
  Route& route = host.Add(
      {"PUT", "/api/v1/opportunities/{id}/lines", "replace_opportunity_lines",
       "Replace the products of an open deal (If-Match: the deal's version): each line priced by "
       "the engine as a quote line of the deal's account would be today, with the price list "
       "named or the active one in the account's currency; the deal's amount becomes their net "
       "total. No lines: they are removed and the amount kept",
       "Opportunity", true, RouteKind::kCustom, nullptr, "OpportunityLinesRequest",
       "OpportunityLines", 200, [service](RouteContext& c) {
         auto version = IfMatchVersion(c.request);
         if (!version.ok()) return ErrorToResponse(version.error());
         auto in = DecodeLines(c.request.body);
         if (!in.ok()) return ErrorToResponse(in.error());
         auto out = service->Replace(*c.caller, c.ids[0], *version, in->price_list_id, in->lines);
         if (!out.ok()) return ErrorToResponse(out.error());
         const bool cost = app::SeesCost(*c.caller);
         json::array lines;
         for (const auto& r : out->lines) {
           lines.push_back(app::RecordToJson(*app::FindEntity("opportunity-lines"), r, cost));
         }
         Response res = JsonResponse(
             200, json::object{{"lines", std::move(lines)},
                               {"opportunity", app::RecordToJson(*app::FindEntity("opportunities"),
                                                                 out->deal, cost)}});
         res.headers.emplace_back("ETag", ETagFor(app::RecordVersion(out->deal)));
         return res;
       }});
  route.if_match = true;
}

void AddDealLinesSchemas(json::object& schemas) {
  schemas["OpportunityLinesRequest"] = {{"type", "object"},
                                        {"required", json::array{"lines"}},
                                        {"additionalProperties", false},
                                        {"properties",
                                         {{"price_list_id", schema::OrNull({{"type", "integer"}})},
                                          {"lines",
                                           {{"type", "array"},
                                            {"maxItems", kMaxDealLines},
                                            {"items", schema::Ref("EngineLineInput")}}}}}};
  schemas["OpportunityLines"] = {
      {"type", "object"},
      {"required", json::array{"lines", "opportunity"}},
      {"properties",
       {{"lines", {{"type", "array"}, {"items", schema::Ref("OpportunityLine")}}},
        {"opportunity", schema::Ref("Opportunity")}}}};
}

}  // namespace salesdesk::http::pipeline
