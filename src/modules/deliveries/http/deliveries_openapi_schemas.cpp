// The deliveries module's own bodies: creating a delivery, invoicing it, a return, the order's
// progress and the back order.
#include "http/openapi_schema_helpers.h"
#include "modules/deliveries/http/deliveries_http_module.h"

namespace salesdesk::http {
namespace json = boost::json;

void AddDeliverySchemas(json::object& schemas) {
  const json::object id{{"type", "integer"}, {"minimum", 1}};
  const json::object date{{"type", "string"}, {"format", "date"}};
  const json::object text{{"type", "string"}};
  const json::object quantity{{"type", "string"}, {"description", "Decimal, e.g. \"2.5\""}};
  auto lines = [&](const char* id_field) {
    return json::object{{"type", "array"},
                        {"items",
                         {{"type", "object"},
                          {"required", json::array{id_field, "quantity"}},
                          {"additionalProperties", false},
                          {"properties", {{id_field, id}, {"quantity", quantity}}}}}};
  };
  schemas["DeliveryCreateRequest"] = {{"type", "object"},
                                      {"required", json::array{"lines"}},
                                      {"additionalProperties", false},
                                      {"properties",
                                       {{"lines", lines("sales_order_line_id")},
                                        {"shipped_on", date},
                                        {"carrier", text},
                                        {"tracking", text}}}};
  schemas["DeliveryEditRequest"] = {
      {"type", "object"},
      {"additionalProperties", false},
      {"properties",
       {{"lines", lines("sales_order_line_id")},
        {"shipped_on", {{"type", json::array{"string", "null"}}, {"format", "date"}}},
        {"carrier", {{"type", json::array{"string", "null"}}}},
        {"tracking", {{"type", json::array{"string", "null"}}}}}}};
  schemas["DeliveryInvoiceRequest"] = {{"type", "object"},
                                       {"additionalProperties", false},
                                       {"properties", {{"invoice_date", date}}}};
  schemas["DeliveryReturnCreateRequest"] = {
      {"type", "object"},
      {"required", json::array{"lines", "reason"}},
      {"additionalProperties", false},
      {"properties",
       {{"lines", lines("delivery_line_id")}, {"returned_on", date}, {"reason", text}}}};
  const json::object line{{"type", "object"},
                          {"properties",
                           {{"sales_order_line_id", id},
                            {"position", {{"type", "integer"}}},
                            {"product_id", {{"type", json::array{"integer", "null"}}}},
                            {"description", text},
                            {"unit", text},
                            {"ordered", quantity},
                            {"delivered", quantity},
                            {"shipped", quantity},
                            {"returned", quantity},
                            {"open", quantity}}}};
  schemas["DeliveryProgress"] = {
      {"type", "object"},
      {"properties", {{"sales_order_id", id}, {"lines", {{"type", "array"}, {"items", line}}}}}};
  json::object back = line;
  json::object& props = back["properties"].as_object();
  props["sales_order_id"] = id;
  props["order_number"] = text;
  props["account_id"] = {{"type", json::array{"integer", "null"}}};
  props["ordered_on"] = date;
  schemas["BackOrders"] = {{"type", "object"},
                           {"properties", {{"items", {{"type", "array"}, {"items", back}}}}}};
}

}  // namespace salesdesk::http
