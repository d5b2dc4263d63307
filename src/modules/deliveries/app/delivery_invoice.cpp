// Invoicing a shipped delivery through billing (docs/deliveries.md, "Invoice what was
// delivered"): exactly the quantities delivered, less what came back before invoicing, at the
// order's locked prices. Each line's net is its part of the order line's net (PartNet: the parts
// of a line add up to it to the cent); tax is one rounding per rate over the invoice's lines. A
// delivery of the whole order takes the order's untaxed, tax and total exactly (G4).
#include "app/access/access_policy.h"
#include "app/records/audit_trail.h"
#include "app/records/company_calendar.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "core/money/currency.h"
#include "modules/deliveries/app/delivery_records.h"
#include "modules/deliveries/app/delivery_service.h"
#include "modules/deliveries/core/part_net.h"
#include "modules/sales/app/quote_records.h"
#include "modules/sales/core/quotes/quote_totals.h"

namespace salesdesk::modules::deliveries {
namespace {

using app::FilterOp;
using app::MoneyValue;
using app::Record;
using core::Error;
using core::ErrorCode;
using core::Msg;

core::Error Conflict(core::Message m, const char* field) {
  core::Error e = Error::Make(ErrorCode::kConflict, std::move(m));
  e.field = field;
  return e;
}

// An invoice of this order that no delivery made: the order was invoiced as ordered.
core::Result<std::optional<Record>> OrderInvoice(app::UnitOfWork& uow, std::int64_t order_id,
                                                 std::set<std::int64_t>& delivery_invoices) {
  SD_ASSIGN(auto notes, app::ReadAll(uow, Spec("deliveries"),
                                     {{"sales_order_id", FilterOp::kEq, {order_id}},
                                      {"invoice_id", FilterOp::kNotNull, {}}}));
  for (const auto& n : notes) delivery_invoices.insert(*app::IntOf(n, "invoice_id"));
  SD_ASSIGN(auto invoices,
            app::ReadAll(uow, Spec("invoices"), {{"sales_order_id", FilterOp::kEq, {order_id}}}));
  for (auto& i : invoices) {
    if (!delivery_invoices.contains(app::RecordId(i))) return std::optional<Record>(std::move(i));
  }
  return std::optional<Record>();
}

// Quantity already invoiced per order line position, over the order's delivery invoices.
core::Result<std::map<std::int64_t, std::int64_t>> InvoicedByPosition(
    app::UnitOfWork& uow, const std::set<std::int64_t>& invoices) {
  std::map<std::int64_t, std::int64_t> out;
  if (invoices.empty()) return out;
  std::vector<app::FieldValue> ids(invoices.begin(), invoices.end());
  SD_ASSIGN(auto lines,
            app::ReadAll(uow, Spec("invoice-lines"), {{"invoice_id", FilterOp::kIn, ids}}));
  for (const auto& l : lines) {
    out[app::IntOf(l, "position").value_or(0)] += app::IntOf(l, "quantity").value_or(0);
  }
  return out;
}

}  // namespace

core::Result<app::CreateResult<Record>> DeliveryService::Invoice(
    const app::Caller& caller, std::int64_t delivery_id, std::optional<core::Date> invoice_date,
    const app::IdempotencyRequest* idempotency, const app::Renderer<Record>& render) {
  SD_TRY(app::CheckMayWrite(caller, Spec("invoices")));
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(auto seen, app::FindReplay(*uow, caller, idempotency));
  if (seen) return app::CreateResult<Record>{std::nullopt, std::move(seen)};
  SD_ASSIGN(Record note, app::sales::LoadVisible(*uow, caller, Spec("deliveries"), delivery_id));
  if (app::TextOf(note, "status") != "shipped") {
    return Error::Invalid("status", Msg("deliveries.not_shipped"));
  }
  if (auto invoice = app::IntOf(note, "invoice_id")) {
    return Conflict(Msg("deliveries.invoiced", {{"number", app::TextOf(note, "number")},
                                                {"invoice", std::to_string(*invoice)}}),
                    "invoice_id");
  }
  const std::int64_t order_id = *app::IntOf(note, "sales_order_id");
  // Two deliveries of one order invoiced at once would both count the same units billed before.
  SD_TRY(LockOrderDeliveries(*uow, order_id));
  SD_ASSIGN(auto order, uow->Get(Spec("sales-orders"), order_id, app::Visibility::All()));
  if (!order) return Error::Make(ErrorCode::kInternal, "the delivery's order is gone");
  std::set<std::int64_t> delivery_invoices;
  SD_ASSIGN(auto as_ordered, OrderInvoice(*uow, order_id, delivery_invoices));
  if (as_ordered) {
    return Conflict(
        Msg("deliveries.order_invoiced", {{"invoice", std::to_string(app::RecordId(*as_ordered))}}),
        "sales_order_id");
  }
  SD_ASSIGN(core::Currency currency, core::ParseCurrency(app::TextOf(*order, "currency")));
  SD_ASSIGN(auto invoiced, InvoicedByPosition(*uow, delivery_invoices));
  SD_ASSIGN(auto returned, ReturnedOf(*uow, delivery_id));
  SD_ASSIGN(auto order_lines, app::ReadAll(*uow, Spec("sales-order-lines"),
                                           {{"sales_order_id", FilterOp::kEq, {order_id}}}));
  std::map<std::int64_t, const Record*> order_line;
  for (const auto& l : order_lines) order_line[app::RecordId(l)] = &l;
  SD_ASSIGN(auto lines, app::ReadAll(*uow, Spec("delivery-lines"),
                                     {{"delivery_id", FilterOp::kEq, {delivery_id}}}));
  SD_ASSIGN(const core::Date today, app::CompanyToday(*uow, clock_.Now().micros_since_epoch()));
  billing::PartInvoice part{.invoice_date = invoice_date.value_or(today)};
  std::vector<core::quotes::NetLine> nets;
  bool whole_order = invoiced.empty() && lines.size() == order_lines.size();
  for (const auto& d : lines) {
    const Record& ol = *order_line.at(*app::IntOf(d, "sales_order_line_id"));
    const std::int64_t q = app::IntOf(d, "quantity").value_or(0) - returned[app::RecordId(d)];
    whole_order = whole_order && q == app::IntOf(ol, "quantity").value_or(-1);
    if (q <= 0) continue;
    SD_ASSIGN(auto priced, PricedOf(ol, currency));
    const std::int64_t before = invoiced[app::IntOf(ol, "position").value_or(0)];
    SD_ASSIGN(core::Money net, core::deliveries::PartNet(priced, core::Quantity::FromUnits(before),
                                                         core::Quantity::FromUnits(q)));
    part.lines.push_back({app::RecordId(ol), q, net.minor});
    nets.push_back({net, core::Percent::FromUnits(app::IntOf(ol, "tax_rate_pct").value_or(0))});
  }
  if (part.lines.empty()) return Error::Invalid("lines", Msg("deliveries.nothing_to_invoice"));
  if (whole_order) {
    // The whole order in one delivery: the order's own amounts, never re-rounded (G4).
    auto minor = [&](const char* f) {
      return app::MoneyOf(*order, f).value_or(MoneyValue{}).minor;
    };
    part.untaxed = minor("untaxed");
    part.tax = minor("tax");
    part.total = minor("total");
  } else {
    SD_ASSIGN(auto totals, core::quotes::TotalsFromNets(nets, currency));
    part.untaxed = totals.untaxed.minor;
    part.tax = totals.tax.minor;
    part.total = totals.total.minor;
  }
  const std::int64_t at = clock_.Now().micros_since_epoch();
  SD_ASSIGN(Record invoice, invoices_.DraftWithin(*uow, caller, *order, part, at));
  SD_ASSIGN(Record linked,
            uow->Update(Spec("deliveries"), delivery_id, {{"invoice_id", app::RecordId(invoice)}},
                        app::RecordVersion(note), at));
  SD_TRY(app::AuditChange(*uow, caller, at, Spec("deliveries"), "update", &note, &linked));
  if (render) SD_TRY(app::SaveReplay(*uow, caller, idempotency, render(invoice), at));
  SD_TRY(uow->Commit());
  return app::CreateResult<Record>{std::move(invoice), std::nullopt};
}

}  // namespace salesdesk::modules::deliveries
