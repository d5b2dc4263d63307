// The billing module's own bodies: creating an invoice, recording a payment, the ageing answer,
// credit notes, dunning runs and waivers.
#include "http/openapi_schema_helpers.h"
#include "modules/billing/http/billing_http_module.h"

namespace salesdesk::http {
namespace json = boost::json;

void AddBillingSchemas(json::object& schemas) {
  const json::object id{{"type", "integer"}, {"minimum", 1}};
  const json::object date{{"type", "string"}, {"format", "date"}};
  const json::object money{
      {"type", "object"},
      {"required", json::array{"amount", "currency"}},
      {"properties", {{"amount", {{"type", "string"}}}, {"currency", {{"type", "string"}}}}}};
  schemas["InvoiceCreateRequest"] = {
      {"type", "object"},
      {"required", json::array{"sales_order_id"}},
      {"additionalProperties", false},
      {"properties", {{"sales_order_id", id}, {"invoice_date", date}, {"payment_term_id", id}}}};
  const json::object share{{"type", "object"},
                           {"required", json::array{"user_id", "share_bp"}},
                           {"additionalProperties", false},
                           {"properties",
                            {{"user_id", id},
                             {"share_bp",
                              {{"type", "integer"},
                               {"minimum", 1},
                               {"maximum", 10000},
                               {"description", "10000 = 100 %"}}},
                             {"kind",
                              {{"type", "string"},
                               {"enum", json::array{"revenue", "overlay"}},
                               {"default", "revenue"},
                               {"description",
                                "revenue: part of the 100 %; overlay: a share of the whole on top, "
                                "for commission only"}}}}}};
  schemas["CreditSplitsRequest"] = {
      {"type", "object"},
      {"required", json::array{"credit_splits"}},
      {"additionalProperties", false},
      {"description",
       "The revenue shares sum to exactly 10000 bp (none credits the owner); overlay shares come "
       "on top"},
      {"properties", {{"credit_splits", {{"type", "array"}, {"items", share}}}}}};
  schemas["CreditSplits"] = {
      {"type", "object"},
      {"required", json::array{"credit_splits"}},
      {"properties", {{"credit_splits", {{"type", "array"}, {"items", {{"type", "object"}}}}}}}};
  schemas["CreditReleaseRequest"] = {
      {"type", "object"},
      {"required", json::array{"reason"}},
      {"additionalProperties", false},
      {"properties", {{"reason", {{"type", "string"}, {"minLength", 1}, {"maxLength", 1000}}}}}};
  schemas["CreditHolds"] = {
      {"type", "object"},
      {"required", json::array{"items"}},
      {"properties",
       {{"items", {{"type", "array"}, {"items", {{"$ref", "#/components/schemas/SalesOrder"}}}}}}}};
  const json::object nullable_money{{"oneOf", json::array{money, {{"type", "null"}}}}};
  schemas["CreditExposure"] = {
      {"type", "object"},
      {"required", json::array{"account_id", "currency", "open_receivables", "open_orders",
                               "exposure", "credit_limit", "available"}},
      {"properties",
       {{"account_id", id},
        {"currency", {{"type", "string"}}},
        {"sales_method", {{"type", "string"}}},
        {"open_receivables", money},
        {"open_orders", money},
        {"exposure", money},
        {"credit_limit", nullable_money},
        {"available", nullable_money},
        {"dunning_hold_level", {{"type", json::array{"integer", "null"}}}},
        {"missing_rate", {{"type", json::array{"object", "null"}}}}}}};
  schemas["PaymentCreateRequest"] = {
      {"type", "object"},
      {"required", json::array{"account_id", "amount", "paid_on"}},
      {"additionalProperties", false},
      {"properties",
       {{"account_id", id}, {"amount", money}, {"paid_on", date}, {"invoice_id", id}}}};
  const json::object text{{"type", "string"}};
  const json::object credit_line{{"type", "object"},
                                 {"required", json::array{"invoice_line_id", "net"}},
                                 {"additionalProperties", false},
                                 {"properties", {{"invoice_line_id", id}, {"net", text}}}};
  schemas["CreditNoteCreateRequest"] = {
      {"type", "object"},
      {"required", json::array{"reason"}},
      {"additionalProperties", false},
      {"description", "Without lines: everything the invoice's lines have left to credit"},
      {"properties",
       {{"credit_date", date},
        {"reason", text},
        {"lines", {{"type", "array"}, {"items", credit_line}}}}}};
  schemas["CreditNoteEditRequest"] = {{"type", "object"},
                                      {"additionalProperties", false},
                                      {"properties", {{"credit_date", date}, {"reason", text}}}};
  schemas["WriteOffRequest"] = {
      {"type", "object"},
      {"required", json::array{"amount", "reason"}},
      {"additionalProperties", false},
      {"description",
       "Bad debt given up: amount (invoice currency) at most the open principal; date default "
       "today"},
      {"properties", {{"amount", text}, {"reason", text}, {"written_off_on", date}}}};
  schemas["InvoiceOpen"] = {
      {"type", "object"},
      {"required", json::array{"invoice_id", "open", "written_off"}},
      {"properties", {{"invoice_id", id}, {"open", money}, {"written_off", money}}}};
  schemas["DunningRunCreateRequest"] = {{"type", "object"},
                                        {"required", json::array{"as_of"}},
                                        {"additionalProperties", false},
                                        {"properties", {{"as_of", date}}}};
  schemas["DunningWaiverRequest"] = {
      {"type", "object"},
      {"required", json::array{"reason"}},
      {"additionalProperties", false},
      {"description", "Without claim: the fee and the interest still open, wholly"},
      {"properties",
       {{"reason", text},
        {"claim", {{"type", "string"}, {"enum", json::array{"fees", "interest"}}}},
        {"amount", text}}}};
  schemas["AgeingRow"] = {{"type", "object"},
                          {"properties",
                           {{"group_id", {{"type", json::array{"integer", "null"}}}},
                            {"currency", {{"type", "string"}}},
                            {"not_due", money},
                            {"d0_30", money},
                            {"d31_60", money},
                            {"d61_90", money},
                            {"over_90", money},
                            {"open", money},
                            {"unapplied", money},
                            {"carrying_base", money},
                            {"unapplied_base", money}}}};
  schemas["Ageing"] = {
      {"type", "object"},
      {"description", "Receivables aged at as_of per currency (RULES.md E-R3 to E-R5)"},
      {"required", json::array{"as_of", "group", "base_currency", "rows"}},
      {"properties",
       {{"as_of", date},
        {"group",
         {{"type", "string"},
          {"enum", json::array{"none", "account", "owner", "rep", "team", "territory"}}}},
        {"base_currency", {{"type", "string"}}},
        {"rows", {{"type", "array"}, {"items", schema::Ref("AgeingRow")}}}}}};
  const json::object dso_line{{"type", "object"},
                              {"properties",
                               {{"owner_id", {{"type", "integer"}}},
                                {"receivables", money},
                                {"credit_sales", money},
                                {"dso_days", {{"type", json::array{"string", "null"}}}}}}};
  schemas["Dso"] = {{"type", "object"},
                    {"description", "Days sales outstanding per rep and in total (RULES.md E-R7)"},
                    {"required", json::array{"as_of", "days", "base_currency", "reps", "total"}},
                    {"properties",
                     {{"as_of", date},
                      {"days", {{"type", "integer"}}},
                      {"base_currency", {{"type", "string"}}},
                      {"reps", {{"type", "array"}, {"items", dso_line}}},
                      {"total", dso_line}}}};
}

}  // namespace salesdesk::http
