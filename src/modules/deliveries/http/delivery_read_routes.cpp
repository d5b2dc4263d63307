// GET /sales-orders/{id}/delivery-progress and GET /back-orders (docs/deliveries.md).
#include "app/records/record_fields.h"
#include "http/error_response.h"
#include "http/json_response.h"
#include "modules/deliveries/http/deliveries_http_module.h"

namespace salesdesk::http {
namespace {

namespace json = boost::json;
namespace deliveries = modules::deliveries;

std::string Qty(std::int64_t units) { return core::Quantity::FromUnits(units).ToString(); }

json::value Nullable(const app::Record& r, std::string_view field) {
  if (auto id = app::IntOf(r, field)) return *id;
  return nullptr;
}

json::object LineJson(const deliveries::LineProgress& p) {
  const app::Record& l = p.line;
  return {{"sales_order_line_id", app::RecordId(l)},
          {"position", app::IntOf(l, "position").value_or(0)},
          {"product_id", Nullable(l, "product_id")},
          {"description", app::TextOf(l, "description")},
          {"unit", app::TextOf(l, "unit")},
          {"ordered", Qty(app::IntOf(l, "quantity").value_or(0))},
          {"delivered", Qty(p.delivered)},
          {"shipped", Qty(p.shipped)},
          {"returned", Qty(p.returned)},
          {"open", Qty(p.Open())}};
}

}  // namespace

void AddDeliveryReadRoutes(ModuleHost& host, deliveries::DeliveryService& s) {
  host.Add({"GET", "/api/v1/sales-orders/{id}/delivery-progress", "get_delivery_progress",
            "Per line of the order: ordered, in delivery notes (drafts reserve), shipped, returned "
            "and open (the back order)",
            "Delivery", true, RouteKind::kCustom, nullptr, "", "DeliveryProgress", 200,
            [&s](RouteContext& c) {
              auto progress = s.Progress(*c.caller, c.ids[0]);
              if (!progress.ok()) return ErrorToResponse(progress.error());
              json::array lines;
              for (const auto& p : *progress) lines.push_back(LineJson(p));
              return JsonResponse(
                  200, json::object{{"sales_order_id", c.ids[0]}, {"lines", std::move(lines)}});
            }});
  host.Add({"GET", "/api/v1/back-orders", "list_back_orders",
            "The open lines of the confirmed orders the caller may see, oldest order first",
            "Delivery", true, RouteKind::kCustom, nullptr, "", "BackOrders", 200,
            [&s](RouteContext& c) {
              auto open = s.BackOrders(*c.caller);
              if (!open.ok()) return ErrorToResponse(open.error());
              json::array items;
              for (const auto& b : *open) {
                json::object item = LineJson(b.progress);
                item["sales_order_id"] = app::RecordId(b.order);
                item["order_number"] = app::TextOf(b.order, "number");
                item["account_id"] = Nullable(b.order, "account_id");
                item["ordered_on"] = app::TextOf(b.order, "ordered_on");
                items.push_back(std::move(item));
              }
              return JsonResponse(200, json::object{{"items", std::move(items)}});
            }});
}

}  // namespace salesdesk::http
