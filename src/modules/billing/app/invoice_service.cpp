#include "modules/billing/app/invoice_service.h"

#include <map>

#include "app/access/access_policy.h"
#include "app/records/audit_trail.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "core/money/currency.h"
#include "modules/billing/app/billing_records.h"
#include "modules/billing/app/credit_splits.h"
#include "modules/billing/app/payment_term_lines.h"
#include "modules/billing/core/fx.h"
#include "modules/sales/app/pricing_source.h"
#include "modules/sales/app/quote_records.h"

namespace salesdesk::modules::billing {
namespace {

using app::Record;
using core::Error;
using core::ErrorCode;
namespace cb = core::billing;

// The term lines an invoice is split by: the chosen payment terms, else the order's days.
core::Result<std::vector<cb::TermLine>> TermsOf(app::UnitOfWork& uow, const Record& invoice,
                                                const Record& order) {
  if (auto term_id = app::IntOf(invoice, "payment_term_id")) {
    SD_ASSIGN(auto term, uow.Get(Spec("payment-terms"), *term_id, app::Visibility::All()));
    if (!term) {
      return Error::Invalid("payment_term_id",
                            core::Msg("field.not_an_id", {{"field", "payment_term_id"}}));
    }
    return ParseTermLines(app::TextOf(*term, "lines"));
  }
  const int days = static_cast<int>(app::IntOf(order, "payment_terms_days").value_or(0));
  return std::vector<cb::TermLine>{
      {.portion = core::Weight{1, 1}, .rule = cb::DueRule::kDaysAfterInvoice, .days = days}};
}

// The products' unit costs (RULES C-R6 snapshots them on the invoice line), by product id.
core::Result<std::map<std::int64_t, app::MoneyValue>> UnitCosts(app::UnitOfWork& uow,
                                                                const std::vector<Record>& lines) {
  std::vector<app::FieldValue> ids;
  for (const auto& l : lines) {
    if (auto id = app::IntOf(l, "product_id")) ids.emplace_back(*id);
  }
  std::map<std::int64_t, app::MoneyValue> out;
  if (ids.empty()) return out;
  SD_ASSIGN(auto products,
            app::ReadAll(uow, Spec("products"), {{"id", app::FilterOp::kIn, std::move(ids)}}));
  for (const auto& p : products) {
    if (auto cost = app::MoneyOf(p, "cost")) out[app::RecordId(p)] = *cost;
  }
  return out;
}

}  // namespace

core::Result<app::CreateResult<Record>> InvoiceService::Create(
    const app::Caller& caller, const InvoiceRequest& in, const app::IdempotencyRequest* idempotency,
    const app::Renderer<Record>& render) {
  SD_TRY(app::CheckMayWrite(caller, Spec("invoices")));
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(auto seen, app::FindReplay(*uow, caller, idempotency));
  if (seen) return app::CreateResult<Record>{std::nullopt, std::move(seen)};
  auto order = app::sales::LoadVisible(*uow, caller, Spec("sales-orders"), in.sales_order_id);
  if (!order.ok()) {
    return NotVisible("sales_order_id", "sales order", in.sales_order_id, "sales orders");
  }
  const std::string status = app::TextOf(*order, "status");
  if (status != "confirmed") {
    return Error::Invalid("sales_order_id",
                          core::Msg("billing.order_not_confirmed", {{"status", status}}));
  }
  // One invoice per order: the order is invoiced as ordered (delivery-based invoicing later).
  SD_ASSIGN(auto invoiced,
            app::ReadAll(*uow, Spec("invoices"),
                         {{"sales_order_id", app::FilterOp::kEq, {in.sales_order_id}}}));
  if (!invoiced.empty()) {
    core::Error e =
        Error::Make(ErrorCode::kConflict,
                    core::Msg("billing.order_invoiced",
                              {{"invoice", std::to_string(app::RecordId(invoiced.front()))}}));
    e.field = "sales_order_id";
    return e;
  }
  if (in.payment_term_id) {
    SD_ASSIGN(bool exists, uow->Exists(Spec("payment-terms"), *in.payment_term_id));
    if (!exists) {
      return Error::Invalid("payment_term_id",
                            core::Msg("field.not_an_id", {{"field", "payment_term_id"}}));
    }
  }
  const core::Timestamp now = clock_.Now();
  const std::int64_t at = now.micros_since_epoch();
  Record invoice{{"sales_order_id", in.sales_order_id},
                 {"account_id", (*order)["account_id"]},
                 {"currency", (*order)["currency"]},
                 {"status", std::string("draft")},
                 {"invoice_date", in.invoice_date.value_or(now.UtcDate()).ToString()},
                 {"untaxed", (*order)["untaxed"]},
                 {"tax", (*order)["tax"]},
                 {"total", (*order)["total"]},
                 {"owner_id", (*order)["owner_id"]}};
  if (in.payment_term_id) invoice["payment_term_id"] = *in.payment_term_id;
  SD_ASSIGN(Record inserted, uow->Insert(Spec("invoices"), invoice, at));
  SD_ASSIGN(auto lines,
            app::ReadAll(*uow, Spec("sales-order-lines"),
                         {{"sales_order_id", app::FilterOp::kEq, {in.sales_order_id}}}));
  SD_ASSIGN(auto costs, UnitCosts(*uow, lines));
  std::vector<Record> copies;
  for (const auto& l : lines) {
    Record line{{"invoice_id", app::RecordId(inserted)}};
    for (const char* k : {"position", "product_id", "description", "quantity", "unit", "unit_price",
                          "discount_pct", "tax_rate_pct", "net"}) {
      if (auto it = l.find(k); it != l.end()) line[k] = it->second;
    }
    // The unit cost as it stands today: later cost changes never move this invoice's margin.
    if (auto c = costs.find(app::IntOf(l, "product_id").value_or(0)); c != costs.end()) {
      line["cost"] = c->second;
    }
    copies.push_back(std::move(line));
  }
  if (!copies.empty()) SD_TRY(uow->InsertMany(Spec("invoice-lines"), copies, at));
  // The order's credit split travels with it (decision 0045); later edits of the order's split
  // are refused, the draft invoice's are not.
  SD_ASSIGN(auto splits, OrderSharesFor(*uow, in.sales_order_id, app::RecordId(inserted)));
  if (!splits.empty()) SD_TRY(uow->InsertMany(Spec("invoice-credit-splits"), splits, at));
  SD_TRY(app::AuditChange(*uow, caller, at, Spec("invoices"), "create", nullptr, &inserted));
  if (render) SD_TRY(app::SaveReplay(*uow, caller, idempotency, render(inserted), at));
  SD_TRY(uow->Commit());
  return app::CreateResult<Record>{std::move(inserted), std::nullopt};
}

core::Result<Record> InvoiceService::Post(const app::Caller& caller, std::int64_t invoice_id,
                                          std::optional<std::int64_t> expected_version) {
  SD_TRY(app::CheckMayWrite(caller, Spec("invoices")));
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(Record invoice, app::sales::LoadVisible(*uow, caller, Spec("invoices"), invoice_id));
  SD_TRY(CheckVersion(invoice, expected_version, "invoice"));
  if (app::TextOf(invoice, "status") == "posted") {
    return Error::Make(
        ErrorCode::kConflict,
        core::Msg("billing.invoice_posted", {{"number", app::TextOf(invoice, "number")}}));
  }
  SD_ASSIGN(auto order, uow->Get(Spec("sales-orders"), *app::IntOf(invoice, "sales_order_id"),
                                 app::Visibility::All()));
  if (!order) return Error::Make(ErrorCode::kInternal, "the invoice's order is gone");
  SD_ASSIGN(core::Date date, core::ParseDate(app::TextOf(invoice, "invoice_date")));
  SD_ASSIGN(core::Currency currency, core::ParseCurrency(app::TextOf(invoice, "currency")));
  const auto total = app::MoneyOf(invoice, "total");
  const std::int64_t gross = total ? total->minor : 0;
  // The dated rate to the base currency (the base itself: 1).
  SD_ASSIGN(auto rates, app::sales::LoadExchangeRates(*uow));
  SD_ASSIGN(core::Currency base, core::ParseCurrency(rates.base_currency));
  SD_ASSIGN(core::Rate rate, RateToBase(rates, currency.code(), date, "invoice_date"));
  SD_ASSIGN(std::int64_t b0, cb::InvoiceBase(core::Money{gross, currency}, rate, base));
  SD_ASSIGN(auto terms, TermsOf(*uow, invoice, *order));
  auto planned = cb::PlanInstalments(gross, date, terms);
  if (!planned.ok()) return Error::Invalid("payment_term_id", planned.error());
  const std::int64_t at = clock_.Now().micros_since_epoch();
  // The number is drawn inside the posting transaction: a failed post leaves no gap.
  SD_ASSIGN(std::string number, NextDocumentNumber(*uow, "INV", date.Civil().year));
  std::vector<Record> instalments;
  int position = 0;
  for (const auto& p : *planned) {
    instalments.push_back({{"invoice_id", invoice_id},
                           {"position", static_cast<std::int64_t>(++position)},
                           {"due_on", p.due.ToString()},
                           {"amount", app::MoneyValue{p.amount, currency.code()}}});
  }
  SD_TRY(uow->InsertMany(Spec("invoice-instalments"), instalments, at));
  Record changes{{"status", std::string("posted")},
                 {"number", number},
                 {"rate", rate.units()},
                 {"base_total", app::MoneyValue{b0, base.code()}},
                 {"posted_at", at}};
  SD_ASSIGN(Record posted,
            uow->Update(Spec("invoices"), invoice_id, changes, app::RecordVersion(invoice), at));
  SD_TRY(app::AuditChange(*uow, caller, at, Spec("invoices"), "update", &invoice, &posted));
  SD_TRY(uow->Commit());
  return posted;
}

}  // namespace salesdesk::modules::billing
