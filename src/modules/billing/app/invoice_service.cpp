#include "modules/billing/app/invoice_service.h"

#include <map>

#include "app/access/access_policy.h"
#include "app/records/audit_trail.h"
#include "app/records/company_calendar.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "core/money/currency.h"
#include "modules/billing/app/billing_records.h"
#include "modules/billing/app/credit_hold.h"
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

struct Amounts {
  app::FieldValue untaxed, tax, total;
};

// The draft and its lines: each copies an order line's locked prices, quantity and net (a
// part invoice overrides the last two); the amounts are the caller's, never re-rounded here.
core::Result<Record> InsertDraft(app::UnitOfWork& uow, const Record& order, core::Date date,
                                 std::optional<std::int64_t> payment_term_id,
                                 const std::vector<Record>& lines, const Amounts& amounts,
                                 std::int64_t at) {
  Record invoice{{"sales_order_id", app::RecordId(order)},
                 {"account_id", order.at("account_id")},
                 {"currency", order.at("currency")},
                 {"status", std::string("draft")},
                 {"invoice_date", date.ToString()},
                 {"untaxed", amounts.untaxed},
                 {"tax", amounts.tax},
                 {"total", amounts.total},
                 {"owner_id", order.at("owner_id")}};
  if (payment_term_id) invoice["payment_term_id"] = *payment_term_id;
  SD_ASSIGN(Record inserted, uow.Insert(Spec("invoices"), invoice, at));
  SD_ASSIGN(auto costs, UnitCosts(uow, lines));
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
  if (!copies.empty()) SD_TRY(uow.InsertMany(Spec("invoice-lines"), copies, at));
  // The order's credit split travels with it, to a delivery's invoice too (decision 0045); later
  // edits of the order's split are refused, the draft invoice's are not.
  SD_ASSIGN(auto splits, SharesFor(uow, TargetOf(SplitDocument::kSalesOrder), app::RecordId(order),
                                   "invoice_id", app::RecordId(inserted)));
  if (!splits.empty()) SD_TRY(uow.InsertMany(Spec("invoice-credit-splits"), splits, at));
  return inserted;
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
  SD_TRY(CheckNotOnHold(*order, "sales_order_id"));
  // The account's invoice_basis "delivery" bills its orders by delivery note only (deliveries).
  SD_ASSIGN(auto account,
            uow->Get(Spec("accounts"), *app::IntOf(*order, "account_id"), app::Visibility::All()));
  if (account && app::TextOf(*account, "invoice_basis") == "delivery") {
    return Error::Invalid("sales_order_id", core::Msg("billing.invoice_basis_delivery"));
  }
  // One invoice per order as ordered; an order with an invoice of a delivery is billed by
  // delivery from then on (the deliveries module refuses the converse).
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
  SD_ASSIGN(auto lines,
            app::ReadAll(*uow, Spec("sales-order-lines"),
                         {{"sales_order_id", app::FilterOp::kEq, {in.sales_order_id}}}));
  Amounts amounts{(*order)["untaxed"], (*order)["tax"], (*order)["total"]};
  SD_ASSIGN(const core::Date today, app::CompanyToday(*uow, at));
  SD_ASSIGN(Record inserted, InsertDraft(*uow, *order, in.invoice_date.value_or(today),
                                         in.payment_term_id, lines, amounts, at));
  SD_TRY(app::AuditChange(*uow, caller, at, Spec("invoices"), "create", nullptr, &inserted));
  if (render) SD_TRY(app::SaveReplay(*uow, caller, idempotency, render(inserted), at));
  SD_TRY(uow->Commit());
  return app::CreateResult<Record>{std::move(inserted), std::nullopt};
}

core::Result<Record> InvoiceService::DraftWithin(app::UnitOfWork& uow, const app::Caller& caller,
                                                 const Record& order, const PartInvoice& part,
                                                 std::int64_t at) {
  SD_ASSIGN(auto order_lines,
            app::ReadAll(uow, Spec("sales-order-lines"),
                         {{"sales_order_id", app::FilterOp::kEq, {app::RecordId(order)}}}));
  std::map<std::int64_t, const Record*> by_id;
  for (const auto& l : order_lines) by_id[app::RecordId(l)] = &l;
  const std::string currency = app::TextOf(order, "currency");
  std::vector<Record> lines;
  for (const auto& p : part.lines) {
    auto it = by_id.find(p.sales_order_line_id);
    if (it == by_id.end()) return Error::Make(ErrorCode::kInternal, "not a line of the order");
    Record line = *it->second;
    line["quantity"] = p.quantity;
    line["net"] = app::MoneyValue{p.net, currency};
    lines.push_back(std::move(line));
  }
  const Amounts amounts{app::MoneyValue{part.untaxed, currency},
                        app::MoneyValue{part.tax, currency}, app::MoneyValue{part.total, currency}};
  SD_ASSIGN(Record inserted,
            InsertDraft(uow, order, part.invoice_date, std::nullopt, lines, amounts, at));
  SD_TRY(app::AuditChange(uow, caller, at, Spec("invoices"), "create", nullptr, &inserted));
  return inserted;
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
