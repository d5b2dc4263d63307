// The negotiation desk's OpenAPI schemas beside its entities': the simulator, the price
// explanation, the quote document and its inputs, previews and re-pricing.
#include "http/openapi_schema_helpers.h"
#include "modules/sales/app/order_intake.h"
#include "modules/sales/http/sales_http_module.h"

namespace salesdesk::http {
namespace json = boost::json;
using schema::Integer;
using schema::OrNull;
using schema::Ref;
using schema::Strings;
using schema::With;

namespace {

// A quote document as preview answers it: nothing is stored, so the quote has no id, version or
// number yet and its lines belong to no quote.
json::object PreviewOf(json::object schemas_document, const json::object& quote,
                       const json::object& line) {
  json::object q = quote;
  auto& qp = q["properties"].as_object();
  for (const char* meta : {"id", "version", "created_at", "updated_at"}) qp.erase(meta);
  if (auto* number = qp.if_contains("number")) *number = OrNull(number->as_object());
  json::object l = line;
  auto& lp = l["properties"].as_object();
  for (const char* meta : {"id", "version", "created_at", "updated_at"}) lp.erase(meta);
  if (auto* quote_id = lp.if_contains("quote_id")) *quote_id = OrNull(quote_id->as_object());
  auto& props = schemas_document["properties"].as_object();
  props["quote"] = std::move(q);
  props["lines"] = {{"type", "array"}, {"items", std::move(l)}};
  schemas_document["description"] = "A quote priced as create would, not stored";
  return schemas_document;
}

}  // namespace

void AddSalesSchemas(json::object& schemas) {
  schemas["CommentRequest"] = Strings({"comment"});
  // A line priced by the engine alone (a deal's product, an order taken without a quote).
  schemas["EngineLineInput"] = {
      {"type", "object"},
      {"required", json::array{"product_id", "quantity"}},
      {"additionalProperties", false},
      {"properties",
       {{"product_id", {{"type", "integer"}}},
        {"quantity", {{"type", "string"}, {"description", "A decimal above 0, e.g. \"12\""}}},
        {"unit", {{"type", "string"}, {"description", "None: the product's unit"}}}}}};
  schemas["SalesOrderIntake"] = {
      {"type", "object"},
      {"required", json::array{"account_id", "lines"}},
      {"additionalProperties", false},
      {"properties",
       {{"account_id", {{"type", "integer"}}},
        {"price_list_id",
         OrNull({{"type", "integer"},
                 {"description", "None: the active list in the account's currency"}})},
        {"confirm",
         {{"type", "boolean"}, {"description", "Confirm it at once (credit checks apply)"}}},
        {"lines",
         {{"type", "array"},
          {"minItems", 1},
          {"maxItems", app::sales::kMaxIntakeLines},
          {"items", Ref("EngineLineInput")}}}}}};
  schemas["SimulateRequest"] = {
      {"type", "object"},
      {"required", json::array{"account_id", "product_id", "quantity"}},
      {"properties",
       {{"account_id", {{"type", "integer"}}},
        {"product_id", {{"type", "integer"}}},
        {"quantity", {{"type", "string"}, {"examples", json::array{"12"}}}},
        {"unit", {{"type", "string"}}},
        {"date", {{"type", "string"}, {"format", "date"}}},
        {"price_list_id", {{"type", "integer"}}},
        {"channel", {{"type", "string"}}}}}};
  // A note of the explanation: a stable code, its parameters (strings) and the English text.
  auto PriceNote = [](json::object note) {
    note["properties"].as_object()["params"] = {{"type", "object"},
                                                {"additionalProperties", {{"type", "string"}}}};
    return note;
  };
  schemas["PriceExplanation"] = {
      {"type", "object"},
      {"description", "The engine's explanation of one line (docs/pricing.md)"},
      {"properties",
       {{"priced", {{"type", "boolean"}}},
        {"base", {{"type", "object"}}},
        {"candidates",
         {{"type", "array"},
          {"items",
           With(Strings({"rule_name", "outcome", "detail", "detail_code"}),
                {{"rule_id", Integer()},
                 {"detail_params",
                  {{"type", "object"}, {"additionalProperties", {{"type", "string"}}}}}})}}},
        {"winner_rule_id", {{"type", json::array{"integer", "null"}}}},
        {"winner_rule_name", {{"type", json::array{"string", "null"}}}},
        {"unit_price", {{"type", "string"}}},
        {"extended", Ref("Money")},
        {"cost_based", {{"type", "boolean"}}},
        {"next_break", PriceNote(Strings({"additional_quantity", "at_quantity", "unit_price",
                                          "current_unit_price", "saving", "code", "text"}))},
        {"notes", {{"type", "array"}, {"items", PriceNote(Strings({"code", "text"}))}}}}}};
  schemas["SimulateResponse"] = {{"type", "object"},
                                 {"properties",
                                  {{"price_list_id", {{"type", "integer"}}},
                                   {"price_list_name", {{"type", "string"}}},
                                   {"currency", {{"type", "string"}}},
                                   {"date", {{"type", "string"}, {"format", "date"}}},
                                   {"line", Ref("PriceExplanation")}}}};
  schemas["QuoteLineInput"] = {{"type", "object"},
                               {"required", json::array{"product_id", "quantity"}},
                               {"properties",
                                {{"product_id", {{"type", "integer"}}},
                                 {"quantity", {{"type", "string"}}},
                                 {"unit", {{"type", "string"}}},
                                 {"manual_unit_price", {{"type", "string"}}},
                                 {"manual_discount_pct", {{"type", "string"}}},
                                 {"tax_rate_pct", {{"type", "string"}}},
                                 {"description", {{"type", "string"}}},
                                 {"line_key", {{"type", "string"}}}}}};
  {
    // The quote's writable fields plus its lines.
    json::object input = schemas["QuoteInput"].is_object() ? schemas["QuoteInput"].as_object()
                                                           : json::object{{"type", "object"}};
    if (!input.contains("properties")) input["properties"] = json::object{};
    input["properties"].as_object()["lines"] = {{"type", "array"},
                                                {"items", Ref("QuoteLineInput")}};
    schemas["QuoteInput"] = std::move(input);
  }
  schemas["QuoteDocument"] = {
      {"type", "object"},
      {"properties",
       {{"quote", Ref("Quote")},
        {"lines", {{"type", "array"}, {"items", Ref("QuoteLine")}}},
        {"deviations", {{"type", "array"}, {"items", {{"type", "object"}}}}},
        {"approval", {{"oneOf", json::array{Ref("ApprovalRequest"), {{"type", "null"}}}}}},
        {"allowed_actions", {{"type", "array"}, {"items", {{"type", "string"}}}}},
        {"repriced",
         {{"type", "array"},
          {"description", "Only in a re-price's answer: each re-priced line, old and new"},
          {"items",
           {{"type", "object"},
            {"properties",
             {{"line_key", {{"type", "string"}}},
              {"position", {{"type", "integer"}}},
              {"old_unit_price", {{"type", "string"}}},
              {"new_unit_price", {{"type", "string"}}},
              {"old_net", Ref("Money")},
              {"new_net", Ref("Money")}}}}}}}}}};
  if (schemas.contains("Quote") && schemas.contains("QuoteLine")) {
    schemas["QuotePreview"] =
        PreviewOf(schemas["QuoteDocument"].as_object(), schemas["Quote"].as_object(),
                  schemas["QuoteLine"].as_object());
  }
  schemas["RepriceRequest"] = {
      {"type", "object"},
      {"additionalProperties", false},
      {"properties",
       {{"line_keys",
         {{"type", "array"},
          {"items", {{"type", "string"}}},
          {"description", "The lines to re-price; absent or empty: the whole quote"}}}}}};
}

}  // namespace salesdesk::http
