#include "modules/billing/app/payment_application.h"

#include <algorithm>
#include <map>
#include <set>

#include "app/access/access_policy.h"
#include "app/records/audit_trail.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "core/money/currency.h"
#include "modules/billing/app/billing_records.h"
#include "modules/billing/app/billing_settings.h"
#include "modules/billing/app/claim_status.h"
#include "modules/billing/app/invoice_balance.h"
#include "modules/billing/app/invoice_settled_on.h"
#include "modules/billing/core/application.h"
#include "modules/billing/core/fx.h"
#include "modules/sales/app/quote_records.h"

namespace salesdesk::modules::billing {
namespace {

using app::MoneyValue;
using app::Record;
using core::Error;
using core::Msg;
namespace cb = core::billing;

// Where an open item came from: an instalment of an invoice, or a claim.
struct Source {
  std::size_t invoice = 0;                // index into the invoices
  std::optional<std::size_t> instalment;  // into the invoice's balance; none: a claim
  std::optional<std::size_t> claim;       // into the claims
};

struct OpenInvoice {
  Record record;
  InvoiceBalance balance;
};

}  // namespace

core::Result<Record> ApplyUnapplied(app::Store& store, const core::Clock& clock,
                                    const app::Caller& caller, std::int64_t payment_id,
                                    std::optional<std::int64_t> expected_version) {
  SD_TRY(app::CheckMayWrite(caller, Spec("payments")));
  SD_ASSIGN(auto uow, store.Write());
  SD_ASSIGN(Record payment, app::sales::LoadVisible(*uow, caller, Spec("payments"), payment_id));
  SD_TRY(CheckVersion(payment, expected_version, "payment"));
  const MoneyValue unapplied = app::MoneyOf(payment, "unapplied").value_or(MoneyValue{});
  if (unapplied.minor <= 0) {
    return Error::Invalid("unapplied", Msg("billing.payment_nothing_unapplied"));
  }
  const std::string currency = unapplied.currency;
  const std::int64_t account_id = *app::IntOf(payment, "account_id");
  SD_ASSIGN(core::Date paid_on, core::ParseDate(app::TextOf(payment, "paid_on")));
  SD_ASSIGN(auto rates, app::sales::LoadExchangeRates(*uow));
  SD_ASSIGN(core::Currency doc, core::ParseCurrency(currency));
  SD_ASSIGN(core::Currency base, core::ParseCurrency(rates.base_currency));
  SD_ASSIGN(BillingSettings settings, LoadBillingSettings(*uow));

  // The customer's posted invoices in the payment's currency (currencies are never mixed).
  SD_ASSIGN(auto invoice_rows,
            app::ReadAll(*uow, Spec("invoices"),
                         {{"account_id", app::FilterOp::kEq, {account_id}},
                          {"status", app::FilterOp::kEq, {std::string("posted")}},
                          {"currency", app::FilterOp::kEq, {currency}}}));
  std::sort(invoice_rows.begin(), invoice_rows.end(),
            [](const Record& a, const Record& b) { return app::RecordId(a) < app::RecordId(b); });
  std::vector<OpenInvoice> invoices;
  std::map<std::int64_t, std::size_t> invoice_index;
  std::vector<cb::OpenItem> items;
  std::vector<Source> sources;
  for (auto& row : invoice_rows) {
    SD_ASSIGN(InvoiceBalance balance, BalanceOf(*uow, row));
    invoice_index[app::RecordId(row)] = invoices.size();
    for (std::size_t i = 0; i < balance.items.size(); ++i) {
      if (balance.items[i].principal <= 0) continue;
      items.push_back({.due = balance.items[i].due, .principal = balance.items[i].principal});
      sources.push_back({invoices.size(), i, std::nullopt});
    }
    invoices.push_back({std::move(row), std::move(balance)});
  }
  // The open claims of those invoices: interest in the invoice's currency, the fee when it is in
  // the payment's currency too (a fee is in the base currency). Dated by the letter.
  SD_ASSIGN(auto claims, app::ReadAll(*uow, Spec("dunning-claims"),
                                      {{"account_id", app::FilterOp::kEq, {account_id}},
                                       {"status", app::FilterOp::kEq, {std::string("open")}}}));
  std::sort(claims.begin(), claims.end(),
            [](const Record& a, const Record& b) { return app::RecordId(a) < app::RecordId(b); });
  for (std::size_t c = 0; c < claims.size(); ++c) {
    auto at = invoice_index.find(*app::IntOf(claims[c], "invoice_id"));
    if (at == invoice_index.end()) continue;
    const cb::LetterClaims open = OpenOfClaim(claims[c], 0);
    const bool fee_here =
        app::MoneyOf(claims[c], "fee").value_or(MoneyValue{0, currency}).currency == currency;
    SD_ASSIGN(core::Date claimed_on, core::ParseDate(app::TextOf(claims[c], "claimed_on")));
    cb::OpenItem item{.due = claimed_on,
                      .interest = std::max<std::int64_t>(open.interest, 0),
                      .fees = fee_here ? std::max<std::int64_t>(open.fees, 0) : 0};
    if (item.interest == 0 && item.fees == 0) continue;
    items.push_back(item);
    sources.push_back({at->second, std::nullopt, c});
  }
  const cb::Application application = cb::ApplyPayment(unapplied.minor, items, settings.order);
  if (application.applied.empty()) {
    return Error::Invalid("unapplied", Msg("billing.payment_nothing_open"));
  }

  const std::int64_t now = clock.Now().micros_since_epoch();
  SD_ASSIGN(core::Rate payment_rate, RateToBase(rates, currency, paid_on, "paid_on"));
  std::vector<Record> allocations, claim_allocations;
  std::map<std::size_t, std::pair<std::int64_t, std::int64_t>> paid_of_claim;  // interest, fees
  std::set<std::int64_t> touched;
  // What is left of each invoice as the allocations go (the one that clears it relieves exactly
  // the carrying base left, E-R6).
  std::map<std::size_t, std::pair<std::int64_t, std::int64_t>> left;
  for (const cb::Applied& a : application.applied) {
    const Source& s = sources[a.item];
    OpenInvoice& inv = invoices[s.invoice];
    const std::int64_t invoice_id = app::RecordId(inv.record);
    touched.insert(invoice_id);
    if (s.instalment) {
      auto [it, fresh] = left.try_emplace(s.invoice, inv.balance.outstanding, inv.balance.carrying);
      const core::Rate invoice_rate =
          core::Rate::FromUnits(app::IntOf(inv.record, "rate").value_or(0));
      SD_ASSIGN(
          std::int64_t relieved,
          cb::RelievedBase(a.amount, it->second.first, it->second.second, doc, invoice_rate, base));
      SD_ASSIGN(core::Money at_payment,
                core::Convert(core::Money{a.amount, doc}, payment_rate, base));
      it->second.first -= a.amount;
      it->second.second -= relieved;
      allocations.push_back(
          {{"payment_id", payment_id},
           {"invoice_id", invoice_id},
           {"instalment_id", app::RecordId(inv.balance.instalments[*s.instalment])},
           {"amount", MoneyValue{a.amount, currency}},
           {"by_application", true},
           {"relieved_base", MoneyValue{relieved, base.code()}},
           {"realised_fx", MoneyValue{at_payment.minor - relieved, base.code()}}});
      continue;
    }
    const bool interest = a.claim == cb::Claim::kInterest;
    auto& paid = paid_of_claim[*s.claim];
    (interest ? paid.first : paid.second) += a.amount;
    claim_allocations.push_back({{"payment_id", payment_id},
                                 {"claim_id", app::RecordId(claims[*s.claim])},
                                 {"invoice_id", invoice_id},
                                 {"kind", std::string(interest ? "interest" : "fees")},
                                 {"amount", MoneyValue{a.amount, currency}}});
  }
  if (!allocations.empty()) SD_TRY(uow->InsertMany(Spec("payment-allocations"), allocations, now));
  if (!claim_allocations.empty()) {
    SD_TRY(uow->InsertMany(Spec("payment-claim-allocations"), claim_allocations, now));
  }
  // The claims' paid amounts (audited), then every claim of a touched invoice's status.
  for (const auto& [c, paid] : paid_of_claim) {
    const Record& claim = claims[c];
    auto minor = [&](const char* f) { return app::MoneyOf(claim, f).value_or(MoneyValue{}).minor; };
    const std::string fee_currency =
        app::MoneyOf(claim, "fee").value_or(MoneyValue{0, currency}).currency;
    Record changes{{"interest_paid", MoneyValue{minor("interest_paid") + paid.first, currency}},
                   {"fee_paid", MoneyValue{minor("fee_paid") + paid.second, fee_currency}}};
    SD_ASSIGN(Record updated, uow->Update(Spec("dunning-claims"), app::RecordId(claim), changes,
                                          app::RecordVersion(claim), now));
    SD_TRY(app::AuditChange(*uow, caller, now, Spec("dunning-claims"), "update", &claim, &updated));
  }
  for (std::int64_t invoice_id : touched)
    SD_TRY(RefreshClaimStatuses(*uow, caller, invoice_id, now));

  const std::int64_t taken = unapplied.minor - application.unapplied;
  // `applied` stays what the payment's own invoice took (commissions read it per invoice).
  const std::int64_t before = app::MoneyOf(payment, "applied_later").value_or(MoneyValue{}).minor;
  Record changes{{"applied_later", MoneyValue{before + taken, currency}},
                 {"unapplied", MoneyValue{application.unapplied, currency}}};
  SD_ASSIGN(Record updated,
            uow->Update(Spec("payments"), payment_id, changes, app::RecordVersion(payment), now));
  SD_TRY(app::AuditChange(*uow, caller, now, Spec("payments"), "update", &payment, &updated));
  // The invoices it now pays, and its own, whose overpayment it no longer is.
  if (auto own = app::IntOf(payment, "invoice_id")) touched.insert(*own);
  SD_TRY(RefreshSettledOn(*uow, {touched.begin(), touched.end()}, now, SettledWrite::kTouch));
  SD_TRY(uow->Commit());
  return updated;
}

}  // namespace salesdesk::modules::billing
