// POST /sales-orders/{id}/deliveries, PATCH /deliveries/{id} (a draft), /deliveries/{id}/ship,
// /deliveries/{id}/invoice and /deliveries/{id}/returns (docs/deliveries.md). Reads of the records
// are the generic routes.
#include "app/records/record_json.h"
#include "http/if_match.h"
#include "modules/billing/http/billing_route_helpers.h"
#include "modules/deliveries/app/delivery_records.h"
#include "modules/deliveries/http/deliveries_http_module.h"

namespace salesdesk::http {
namespace {

namespace json = boost::json;
namespace deliveries = modules::deliveries;
using core::Error;
using namespace billing_json;

// lines: [{"<id_field>": id, "quantity": "2.5"}]; problems name lines[i].<member>.
core::Result<std::vector<deliveries::LineRequest>> DecodeLines(const json::value& v,
                                                               const char* id_field) {
  if (!v.is_array()) return Error::Invalid("lines", core::Msg("deliveries.lines_shape"));
  std::vector<deliveries::LineRequest> out;
  const json::array& items = v.as_array();
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string at = "lines[" + std::to_string(i) + "]";
    if (!items[i].is_object()) return Error::Invalid(at, core::Msg("deliveries.lines_shape"));
    deliveries::LineRequest line;
    bool has_quantity = false;
    for (const auto& [key, value] : items[i].as_object()) {
      if (key == id_field) {
        SD_ASSIGN(line.line_id, IdMember(value, at + "." + id_field));
      } else if (key == "quantity") {
        if (!value.is_string()) {
          return Error::Invalid(
              at + ".quantity",
              core::Msg("line.not_decimal_string", {{"field", "quantity"}, {"example", "12"}}));
        }
        auto q = core::Quantity::Parse(value.as_string());
        if (!q.ok()) return Error::Invalid(at + ".quantity", q.error());
        line.quantity = *q;
        has_quantity = true;
      } else {
        return Unknown(at + "." + std::string(key), "line");
      }
    }
    if (line.line_id == 0) return Required(at + "." + id_field);
    if (!has_quantity) return Required(at + ".quantity");
    out.push_back(line);
  }
  return out;
}

// carrier or tracking: text of at most 100 characters; null: none.
core::Result<std::string> ShortText(const json::value& value, std::string_view key) {
  if (value.is_null()) return std::string();
  SD_ASSIGN(std::string text, TextMember(value, std::string(key)));
  if (text.size() > 100) {
    return Error::Invalid(
        std::string(key),
        core::Msg("line.text_too_long", {{"field", std::string(key)}, {"max", "100"}}));
  }
  return text;
}

core::Result<deliveries::DeliveryRequest> DecodeDelivery(const std::string& body,
                                                         std::int64_t order_id) {
  SD_ASSIGN(json::object o, app::ParseBodyObject(body));
  deliveries::DeliveryRequest r{.sales_order_id = order_id};
  bool has_lines = false;
  for (const auto& [key, value] : o) {
    if (key == "lines") {
      SD_ASSIGN(r.lines, DecodeLines(value, "sales_order_line_id"));
      has_lines = true;
    } else if (key == "shipped_on") {
      if (!value.is_null()) {
        SD_ASSIGN(r.shipped_on, DateMember(value, "shipped_on"));
      }
    } else if (key == "carrier" || key == "tracking") {
      SD_ASSIGN((key == "carrier" ? r.carrier : r.tracking), ShortText(value, key));
    } else {
      return Unknown(key, "delivery");
    }
  }
  if (!has_lines) return Required("lines");
  return r;
}

// PATCH body: any of lines, shipped_on, carrier, tracking; null clears the day, carrier or
// tracking.
core::Result<deliveries::DeliveryEdit> DecodeEdit(const std::string& body) {
  SD_ASSIGN(json::object o, app::ParseBodyObject(body));
  deliveries::DeliveryEdit r;
  for (const auto& [key, value] : o) {
    if (key == "lines") {
      SD_ASSIGN(r.lines, DecodeLines(value, "sales_order_line_id"));
    } else if (key == "shipped_on") {
      r.shipped_on.emplace();
      if (!value.is_null()) {
        SD_ASSIGN(*r.shipped_on, DateMember(value, "shipped_on"));
      }
    } else if (key == "carrier" || key == "tracking") {
      SD_ASSIGN((key == "carrier" ? r.carrier : r.tracking), ShortText(value, key));
    } else {
      return Unknown(key, "delivery");
    }
  }
  return r;
}

core::Result<deliveries::ReturnRequest> DecodeReturn(const std::string& body,
                                                     std::int64_t delivery_id) {
  SD_ASSIGN(json::object o, app::ParseBodyObject(body));
  deliveries::ReturnRequest r{.delivery_id = delivery_id};
  bool has_lines = false, has_reason = false;
  for (const auto& [key, value] : o) {
    if (key == "lines") {
      SD_ASSIGN(r.lines, DecodeLines(value, "delivery_line_id"));
      has_lines = true;
    } else if (key == "returned_on") {
      if (!value.is_null()) {
        SD_ASSIGN(r.returned_on, DateMember(value, "returned_on"));
      }
    } else if (key == "reason") {
      SD_ASSIGN(r.reason, TextMember(value, "reason"));
      if (r.reason.size() > 1000) {
        return Error::Invalid(
            "reason", core::Msg("line.text_too_long", {{"field", "reason"}, {"max", "1000"}}));
      }
      has_reason = true;
    } else {
      return Unknown(key, "return");
    }
  }
  if (!has_lines) return Required("lines");
  if (!has_reason) return Required("reason");
  return r;
}

core::Result<std::optional<core::Date>> DecodeInvoiceDate(const std::string& body) {
  std::optional<core::Date> out;
  if (body.find_first_not_of(" \t\r\n") == std::string::npos) return out;
  SD_ASSIGN(json::object o, app::ParseBodyObject(body));
  for (const auto& [key, value] : o) {
    if (key != "invoice_date") return Unknown(key, "delivery invoice");
    if (!value.is_null()) {
      SD_ASSIGN(out, DateMember(value, "invoice_date"));
    }
  }
  return out;
}

}  // namespace

void AddDeliveryRoutes(ModuleHost& host, deliveries::DeliveryService& s) {
  host.Add({"POST", "/api/v1/sales-orders/{id}/deliveries", "create_delivery",
            "A draft delivery note of a confirmed order: lines (order line, quantity) of at most "
            "what each line has open, the shipped date, carrier and tracking (logistics and the "
            "director)",
            "Delivery", true, RouteKind::kCustom, nullptr, "DeliveryCreateRequest", "Delivery", 201,
            [&s](RouteContext& c) {
              auto may = app::CheckMayWrite(*c.caller, deliveries::Spec("deliveries"));
              if (!may.ok()) return ErrorToResponse(may.error());
              auto in = DecodeDelivery(c.request.body, c.ids[0]);
              if (!in.ok()) return ErrorToResponse(in.error());
              return Created(c, "deliveries",
                             [&](const app::IdempotencyRequest* key,
                                 const app::Renderer<app::Record>& render) {
                               return s.Create(*c.caller, *in, key, render);
                             });
            }})
      .idempotent = true;
  host.Add({"PATCH", "/api/v1/deliveries/{id}", "update_delivery",
            "Change a draft delivery (If-Match): its lines (replaced; each at most what the order "
            "line has open besides this draft), shipped date, carrier and tracking; a shipped "
            "delivery never changes (409)",
            "Delivery", true, RouteKind::kCustom, nullptr, "DeliveryEditRequest", "Delivery", 200,
            [&s](RouteContext& c) {
              auto may = app::CheckMayWrite(*c.caller, deliveries::Spec("deliveries"));
              if (!may.ok()) return ErrorToResponse(may.error());
              auto edit = DecodeEdit(c.request.body);
              if (!edit.ok()) return ErrorToResponse(edit.error());
              auto version = IfMatchVersion(c.request);
              if (!version.ok()) return ErrorToResponse(version.error());
              return RecordOut(200, deliveries::Spec("deliveries"),
                               s.Edit(*c.caller, c.ids[0], *edit, *version), *c.caller);
            }})
      .if_match = true;
  host.Add({"POST", "/api/v1/deliveries/{id}/ship", "ship_delivery",
            "Ship a draft delivery (If-Match): its number DN-<year>-<n> without gaps, its shipped "
            "date (today when none was given); a shipped delivery never changes",
            "Delivery", true, RouteKind::kCustom, nullptr, "", "Delivery", 200,
            [&s](RouteContext& c) {
              auto may = app::CheckMayWrite(*c.caller, deliveries::Spec("deliveries"));
              if (!may.ok()) return ErrorToResponse(may.error());
              auto version = IfMatchVersion(c.request);
              if (!version.ok()) return ErrorToResponse(version.error());
              return RecordOut(200, deliveries::Spec("deliveries"),
                               s.Ship(*c.caller, c.ids[0], *version), *c.caller);
            }})
      .if_match = true;
  host.Add({"POST", "/api/v1/deliveries/{id}/invoice", "invoice_delivery",
            "A draft invoice of a shipped delivery through billing: exactly its quantities (less "
            "what came back before) at the order's locked prices, once per delivery (finance and "
            "the director)",
            "Delivery", true, RouteKind::kCustom, nullptr, "DeliveryInvoiceRequest", "Invoice", 201,
            [&s](RouteContext& c) {
              auto may = app::CheckMayWrite(*c.caller, deliveries::Spec("invoices"));
              if (!may.ok()) return ErrorToResponse(may.error());
              auto date = DecodeInvoiceDate(c.request.body);
              if (!date.ok()) return ErrorToResponse(date.error());
              return Created(c, "invoices",
                             [&](const app::IdempotencyRequest* key,
                                 const app::Renderer<app::Record>& render) {
                               return s.Invoice(*c.caller, c.ids[0], *date, key, render);
                             });
            }})
      .idempotent = true;
  host.Add({"POST", "/api/v1/deliveries/{id}/returns", "create_delivery_return",
            "A return note of a shipped delivery: lines (delivery line, quantity) of at most what "
            "was delivered and not yet returned, and the reason; an invoiced delivery's return "
            "comes with a draft credit note of the returned lines (logistics and the director)",
            "Delivery", true, RouteKind::kCustom, nullptr, "DeliveryReturnCreateRequest",
            "DeliveryReturn", 201,
            [&s](RouteContext& c) {
              auto may = app::CheckMayWrite(*c.caller, deliveries::Spec("delivery-returns"));
              if (!may.ok()) return ErrorToResponse(may.error());
              auto in = DecodeReturn(c.request.body, c.ids[0]);
              if (!in.ok()) return ErrorToResponse(in.error());
              return Created(c, "delivery-returns",
                             [&](const app::IdempotencyRequest* key,
                                 const app::Renderer<app::Record>& render) {
                               return s.Return(*c.caller, *in, key, render);
                             });
            }})
      .idempotent = true;
}

}  // namespace salesdesk::http
