#include "modules/billing/app/payment_service.h"

#include <algorithm>
#include <map>

#include "app/access/access_policy.h"
#include "app/records/audit_trail.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "core/money/currency.h"
#include "modules/billing/app/billing_records.h"
#include "modules/billing/core/application.h"
#include "modules/billing/core/fx.h"
#include "modules/sales/app/quote_records.h"

namespace salesdesk::modules::billing {
namespace {

using app::MoneyValue;
using app::Record;
using core::Error;
using core::ErrorCode;
namespace cb = core::billing;

struct Applied {
  std::vector<Record> allocations;  // instalment_id, amount
  std::int64_t total = 0;
};

// The invoice's open instalments (amount less what earlier payments took), oldest due first.
core::Result<Applied> ApplyToInvoice(app::UnitOfWork& uow, const Record& invoice,
                                     std::int64_t settled) {
  const std::int64_t invoice_id = app::RecordId(invoice);
  SD_ASSIGN(auto instalments, app::ReadAll(uow, Spec("invoice-instalments"),
                                           {{"invoice_id", app::FilterOp::kEq, {invoice_id}}}));
  SD_ASSIGN(auto taken, app::ReadAll(uow, Spec("payment-allocations"),
                                     {{"invoice_id", app::FilterOp::kEq, {invoice_id}}}));
  std::map<std::int64_t, std::int64_t> paid;
  for (const auto& a : taken) {
    paid[*app::IntOf(a, "instalment_id")] += app::MoneyOf(a, "amount")->minor;
  }
  std::sort(instalments.begin(), instalments.end(), [](const Record& a, const Record& b) {
    return app::IntOf(a, "position") < app::IntOf(b, "position");
  });
  std::vector<cb::OpenItem> items;
  for (const auto& i : instalments) {
    SD_ASSIGN(core::Date due, core::ParseDate(app::TextOf(i, "due_on")));
    items.push_back(
        {.due = due, .principal = app::MoneyOf(i, "amount")->minor - paid[app::RecordId(i)]});
  }
  const cb::Application application = cb::ApplyPayment(settled, items);
  Applied out;
  const std::string currency = app::TextOf(invoice, "currency");
  for (const auto& a : application.applied) {
    out.allocations.push_back({{"invoice_id", invoice_id},
                               {"instalment_id", app::RecordId(instalments[a.item])},
                               {"amount", MoneyValue{a.amount, currency}}});
    out.total += a.amount;
  }
  return out;
}

// What is still open on the invoice and its carrying base before this payment.
struct Open {
  std::int64_t outstanding = 0;
  std::int64_t carrying = 0;
};
core::Result<Open> OpenOf(app::UnitOfWork& uow, const Record& invoice) {
  SD_ASSIGN(auto earlier,
            app::ReadAll(uow, Spec("payments"),
                         {{"invoice_id", app::FilterOp::kEq, {app::RecordId(invoice)}}}));
  Open o{app::MoneyOf(invoice, "total")->minor, app::MoneyOf(invoice, "base_total")->minor};
  for (const auto& p : earlier) {
    if (auto a = app::MoneyOf(p, "applied")) o.outstanding -= a->minor;
    if (auto r = app::MoneyOf(p, "relieved_base")) o.carrying -= r->minor;
  }
  return o;
}

}  // namespace

core::Result<app::CreateResult<app::Record>> PaymentService::Receive(
    const app::Caller& caller, const PaymentRequest& in, const app::IdempotencyRequest* idempotency,
    const app::Renderer<app::Record>& render) {
  SD_TRY(app::CheckMayWrite(caller, Spec("payments")));
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(auto seen, app::FindReplay(*uow, caller, idempotency));
  if (seen) return app::CreateResult<app::Record>{std::nullopt, std::move(seen)};
  auto account = app::sales::LoadVisible(*uow, caller, Spec("accounts"), in.account_id);
  if (!account.ok()) {
    return Error::Invalid(
        "account_id", core::Msg("reference.not_visible", {{"kind", std::string("account")},
                                                          {"id", std::to_string(in.account_id)},
                                                          {"plural", std::string("accounts")}}));
  }
  const core::Money amount = *in.amount;
  SD_ASSIGN(auto rates, app::sales::LoadExchangeRates(*uow));
  app::Record payment{{"account_id", in.account_id},
                      {"paid_on", in.paid_on.ToString()},
                      {"amount", MoneyValue{amount.minor, amount.currency.code()}},
                      {"owner_id", (*account)["owner_id"]}};
  std::vector<app::Record> allocations;
  if (!in.invoice_id) {
    payment["settled"] = MoneyValue{amount.minor, amount.currency.code()};
    payment["unapplied"] = MoneyValue{amount.minor, amount.currency.code()};
  } else {
    auto invoice = app::sales::LoadVisible(*uow, caller, Spec("invoices"), *in.invoice_id);
    if (!invoice.ok()) {
      return Error::Invalid(
          "invoice_id", core::Msg("reference.not_visible", {{"kind", std::string("invoice")},
                                                            {"id", std::to_string(*in.invoice_id)},
                                                            {"plural", std::string("invoices")}}));
    }
    if (app::TextOf(*invoice, "status") != "posted") {
      return Error::Invalid("invoice_id", core::Msg("billing.invoice_not_posted",
                                                    {{"id", std::to_string(*in.invoice_id)}}));
    }
    if (app::IntOf(*invoice, "account_id") != in.account_id) {
      return Error::Invalid("invoice_id", core::Msg("billing.payment_account"));
    }
    SD_ASSIGN(core::Currency doc, core::ParseCurrency(app::TextOf(*invoice, "currency")));
    SD_ASSIGN(core::Currency base, core::ParseCurrency(rates.base_currency));
    // In the invoice's currency at the payment's dated rate (E-R6 never adds two currencies).
    std::int64_t settled = amount.minor;
    if (amount.currency.code() != doc.code()) {
      auto rate = rates.Between(amount.currency.code(), doc.code(), in.paid_on);
      if (!rate) {
        return Error::Invalid("amount",
                              core::Msg("billing.no_rate", {{"from", amount.currency.code()},
                                                            {"to", doc.code()},
                                                            {"date", in.paid_on.ToString()}}));
      }
      SD_ASSIGN(core::Money converted, core::Convert(amount, *rate, doc));
      settled = converted.minor;
    }
    SD_ASSIGN(core::Rate payment_rate, RateToBase(rates, doc.code(), in.paid_on, "paid_on"));
    const core::Rate invoice_rate = core::Rate::FromUnits(app::IntOf(*invoice, "rate").value_or(0));
    SD_ASSIGN(Open open, OpenOf(*uow, *invoice));
    SD_ASSIGN(Applied applied, ApplyToInvoice(*uow, *invoice, settled));
    std::int64_t relieved = 0, settlement_base = 0;
    if (applied.total > 0) {
      SD_ASSIGN(relieved, cb::RelievedBase(applied.total, open.outstanding, open.carrying, doc,
                                           invoice_rate, base));
      SD_ASSIGN(core::Money b, core::Convert(core::Money{applied.total, doc}, payment_rate, base));
      settlement_base = b.minor;
    }
    payment["invoice_id"] = *in.invoice_id;
    payment["settled"] = MoneyValue{settled, doc.code()};
    payment["applied"] = MoneyValue{applied.total, doc.code()};
    payment["unapplied"] = MoneyValue{settled - applied.total, doc.code()};
    payment["relieved_base"] = MoneyValue{relieved, base.code()};
    payment["settlement_base"] = MoneyValue{settlement_base, base.code()};
    payment["realised_fx"] = MoneyValue{settlement_base - relieved, base.code()};
    allocations = std::move(applied.allocations);
  }
  const std::int64_t at = clock_.Now().micros_since_epoch();
  SD_ASSIGN(app::Record inserted, uow->Insert(Spec("payments"), payment, at));
  for (auto& a : allocations) a["payment_id"] = app::RecordId(inserted);
  if (!allocations.empty()) SD_TRY(uow->InsertMany(Spec("payment-allocations"), allocations, at));
  SD_TRY(app::AuditChange(*uow, caller, at, Spec("payments"), "create", nullptr, &inserted));
  if (render) SD_TRY(app::SaveReplay(*uow, caller, idempotency, render(inserted), at));
  SD_TRY(uow->Commit());
  return app::CreateResult<app::Record>{std::move(inserted), std::nullopt};
}

}  // namespace salesdesk::modules::billing
