// Demo deliveries, consistent with billing's demo: its confirmed orders are invoiced as ordered
// 100, 40 or 190 days back. Each is shipped before its invoice date: most in one delivery, every
// third in two (a partial, then the rest), and every third from the second on only in part, so
// logistics and the reps have a back order (the first of those with one piece in a draft note).
// The first order, whose invoice billing's demo credits for goods returned, gets the return note
// of one piece of its first line.
#include "app/demo/demo_internal.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/deliveries/app/deliveries_module.h"
#include "modules/deliveries/app/delivery_service.h"
#include "modules/deliveries/app/order_history.h"

namespace salesdesk::modules::deliveries {
namespace {

using app::Record;

core::Result<std::int64_t> DeliverAndShip(DeliveryService& service, const Record& order,
                                          std::vector<LineRequest> lines, core::Date on,
                                          const char* carrier, std::string tracking) {
  const app::Caller system = app::Caller::System();
  DeliveryRequest in{.sales_order_id = app::RecordId(order),
                     .lines = std::move(lines),
                     .shipped_on = on,
                     .carrier = carrier,
                     .tracking = std::move(tracking)};
  SD_ASSIGN(auto draft, service.Create(system, in));
  const std::int64_t id = app::RecordId(*draft.created);
  SD_TRY(service.Ship(system, id, std::nullopt));
  return id;
}

core::Quantity Units(std::int64_t u) { return core::Quantity::FromUnits(u); }

}  // namespace

core::Result<void> CreateDemo(const app::DemoContext& ctx) {
  using app::demo::Spec;
  constexpr const char* kCarriers[] = {"DHL Express", "DB Schenker", "UPS", "SEUR"};
  DeliveryService service(ctx.store, ctx.clock);
  std::vector<Record> orders, invoices, lines;
  {
    SD_ASSIGN(auto uow, ctx.store.Read());
    SD_ASSIGN(orders, app::ReadAll(*uow, Spec("sales-orders"),
                                   {{"status", app::FilterOp::kEq, {std::string("confirmed")}}}));
    SD_ASSIGN(invoices, app::ReadAll(*uow, Spec("invoices")));
    SD_ASSIGN(lines, app::ReadAll(*uow, Spec("sales-order-lines")));
  }
  const core::Date today = ctx.today;
  for (std::size_t n = 0; n < orders.size(); ++n) {
    const Record& order = orders[n];
    if (app::TextOf(order, "credit_hold") == "held") continue;  // billing's credit hold
    core::Date due = today.AddDays(-1).value();
    for (const auto& i : invoices) {
      if (app::IntOf(i, "sales_order_id") != app::RecordId(order)) continue;
      SD_ASSIGN(due, core::ParseDate(app::TextOf(i, "invoice_date")));
    }
    std::vector<LineRequest> all, first, rest;
    for (const auto& l : lines) {
      if (app::IntOf(l, "sales_order_id") != app::RecordId(order)) continue;
      const std::int64_t q = app::IntOf(l, "quantity").value_or(0);
      all.push_back({app::RecordId(l), Units(q)});
      first.push_back({app::RecordId(l), Units(q / 2)});
      rest.push_back({app::RecordId(l), Units(q - q / 2)});
    }
    std::erase_if(first, [](const LineRequest& l) { return l.quantity.units() <= 0; });
    if (all.empty()) continue;
    const char* carrier = kCarriers[n % 4];
    const std::string tracking = "DEMO" + std::to_string(100'000 + 7'919 * n);
    if (n % 3 == 0 || first.empty()) {
      SD_ASSIGN(std::int64_t shipped,
                DeliverAndShip(service, order, all, due.AddDays(-3).value(), carrier, tracking));
      if (n == 0) {
        // One piece of the first line came back damaged (billing's demo credits it).
        std::vector<Record> delivered;
        {
          SD_ASSIGN(auto uow, ctx.store.Read());
          SD_ASSIGN(delivered, app::ReadAll(*uow, Spec("delivery-lines"),
                                            {{"delivery_id", app::FilterOp::kEq, {shipped}}}));
        }
        if (!delivered.empty()) {
          ReturnRequest back{.delivery_id = shipped,
                             .lines = {{app::RecordId(delivered.front()), Units(1'000)}},
                             .returned_on = due.AddDays(8).value(),
                             .reason = "Damaged in transit"};
          SD_TRY(service.Return(app::Caller::System(), back));
        }
      }
    } else {
      SD_TRY(
          DeliverAndShip(service, order, first, due.AddDays(-20).value(), carrier, tracking + "A"));
      // Every third from the second on waits for the rest: the back order. For the first of
      // them one piece is in a draft delivery note, waiting for logistics to ship it.
      if (n == 1 && !rest.empty()) {
        DeliveryRequest draft{.sales_order_id = app::RecordId(order),
                              .lines = {{rest.front().line_id, Units(1'000)}},
                              .carrier = carrier};
        SD_TRY(service.Create(app::Caller::System(), draft));
      }
      if (n % 3 == 2) {
        SD_TRY(
            DeliverAndShip(service, order, rest, due.AddDays(-4).value(), carrier, tracking + "B"));
      }
    }
  }
  // Then the months of order-to-cash history before today (decision 0050), after the
  // services' documents above so their loops over every confirmed order stay small.
  SD_TRY(CreateOrderHistory(ctx));
  return core::Ok();
}

}  // namespace salesdesk::modules::deliveries
