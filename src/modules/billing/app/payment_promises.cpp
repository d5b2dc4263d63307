#include "modules/billing/app/payment_promises.h"

#include <map>

#include "app/records/audit_trail.h"
#include "app/records/company_calendar.h"
#include "app/records/create_owner.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "core/money/currency.h"
#include "core/money/money.h"
#include "modules/billing/app/billing_records.h"
#include "modules/sales/app/quote_records.h"

namespace salesdesk::modules::billing {

using app::MoneyValue;
using app::Record;
using core::Error;
using core::Msg;

void ValidatePaymentPromise(const app::Caller& /*caller*/, const Record& /*current*/,
                            Record& fields, core::FieldIssues& issues) {
  if (auto amount = app::MoneyOf(fields, "amount"); amount && amount->minor <= 0) {
    issues.Add("amount", Msg("billing.promise_amount"));
  }
}

core::Result<void> PreparePaymentPromise(app::WriteContext& ctx, const Record& current,
                                         Record& fields) {
  const Record merged = app::Merged(current, fields);
  const std::int64_t account_id = app::IntOf(merged, "account_id").value_or(0);
  auto account = app::sales::LoadVisible(ctx.uow, ctx.caller, Spec("accounts"), account_id);
  if (!account.ok()) return NotVisible("account_id", "account", account_id, "accounts");
  if (auto invoice_id = app::IntOf(merged, "invoice_id")) {
    auto invoice = app::sales::LoadVisible(ctx.uow, ctx.caller, Spec("invoices"), *invoice_id);
    if (!invoice.ok()) return NotVisible("invoice_id", "invoice", *invoice_id, "invoices");
    if (app::IntOf(*invoice, "account_id") != account_id ||
        app::TextOf(*invoice, "status") != "posted") {
      return Error::Invalid("invoice_id", Msg("billing.promise_invoice"));
    }
    const auto amount = app::MoneyOf(merged, "amount");
    if (amount && amount->currency != app::TextOf(*invoice, "currency")) {
      return Error::Invalid("amount", Msg("billing.promise_currency",
                                          {{"currency", app::TextOf(*invoice, "currency")}}));
    }
  }
  if (current.empty()) {
    // Recorded today unless the caller says when the customer promised; the account's rep
    // follows it up, so it is theirs unless an owner is named.
    if (app::TextOf(fields, "made_on").empty()) {
      SD_ASSIGN(const core::Date today, app::CompanyToday(ctx.uow, ctx.now));
      fields["made_on"] = today.ToString();
    }
    if (app::CreateNamedNoOwner()) fields["owner_id"] = (*account)["owner_id"];
  }
  return core::Ok();
}

namespace {

std::string AmountText(const MoneyValue& m) {
  auto currency = core::ParseCurrency(m.currency);
  if (!currency.ok()) return std::to_string(m.minor);
  return core::FormatAmount(core::Money{m.minor, *currency});
}

// What the account paid from `from` to `to` (inclusive) in `currency`: on the promised invoice
// or on no invoice when the promise names one, else any payment.
core::Result<std::int64_t> PaidBetween(app::UnitOfWork& uow, const Record& promise,
                                       const std::string& currency) {
  SD_ASSIGN(auto payments,
            app::ReadAll(uow, Spec("payments"),
                         {{"account_id", app::FilterOp::kEq, {*app::IntOf(promise, "account_id")}},
                          {"paid_on", app::FilterOp::kGe, {app::TextOf(promise, "made_on")}},
                          {"paid_on", app::FilterOp::kLe, {app::TextOf(promise, "promised_on")}}}));
  const auto invoice = app::IntOf(promise, "invoice_id");
  std::int64_t paid = 0;
  for (const auto& p : payments) {
    const auto on = app::IntOf(p, "invoice_id");
    if (invoice && on && *on != *invoice) continue;
    const auto amount = *app::MoneyOf(p, on ? "settled" : "amount");
    if (amount.currency == currency) paid += amount.minor;
  }
  return paid;
}

}  // namespace

core::Result<std::string> EvaluatePaymentPromises(app::Store& store, const core::Clock& clock) {
  SD_ASSIGN(auto uow, store.Write());
  SD_ASSIGN(const core::Date today, app::CompanyToday(*uow, clock.Now().micros_since_epoch()));
  SD_ASSIGN(auto open, app::ReadAll(*uow, Spec("payment-promises"),
                                    {{"status", app::FilterOp::kEq, {std::string("open")}}}));
  const std::int64_t at = clock.Now().micros_since_epoch();
  const app::Caller system = app::Caller::System();
  int kept = 0, broken = 0;
  for (const auto& promise : open) {
    const auto amount = *app::MoneyOf(promise, "amount");
    SD_ASSIGN(core::Date promised_on, core::ParseDate(app::TextOf(promise, "promised_on")));
    SD_ASSIGN(std::int64_t paid, PaidBetween(*uow, promise, amount.currency));
    Record changes{{"evaluated_on", today.ToString()}};
    if (paid >= amount.minor) {
      changes["status"] = std::string("kept");
      ++kept;
    } else if (today > promised_on) {
      changes["status"] = std::string("broken");
      ++broken;
      const std::int64_t account_id = *app::IntOf(promise, "account_id");
      SD_ASSIGN(auto account, uow->Get(Spec("accounts"), account_id, app::Visibility::All()));
      if (!account) continue;
      Record task{{"title", "Broken promise to pay: call " + app::TextOf(*account, "name") + " (" +
                                amount.currency + " " + AmountText(amount) + " due " +
                                promised_on.ToString() + ")"},
                  {"due_on", today.ToString()},
                  {"related_entity", std::string("accounts")},
                  {"related_id", account_id},
                  {"owner_id", (*account)["owner_id"]}};
      SD_ASSIGN(Record inserted, uow->Insert(Spec("tasks"), task, at));
      SD_TRY(app::AuditChange(*uow, system, at, Spec("tasks"), "create", nullptr, &inserted));
      changes["task_id"] = app::RecordId(inserted);
    } else {
      continue;
    }
    SD_ASSIGN(Record updated, uow->Update(Spec("payment-promises"), app::RecordId(promise), changes,
                                          app::RecordVersion(promise), at));
    SD_TRY(
        app::AuditChange(*uow, system, at, Spec("payment-promises"), "update", &promise, &updated));
  }
  SD_TRY(uow->Commit());
  if (kept == 0 && broken == 0) return std::string();
  return std::to_string(kept) + " promises to pay kept, " + std::to_string(broken) + " broken";
}

core::Result<PromisedCover> OpenPromisesAt(app::RecordRepository& uow, core::Date as_of) {
  SD_ASSIGN(auto open, app::ReadAll(uow, Spec("payment-promises"),
                                    {{"status", app::FilterOp::kEq, {std::string("open")}},
                                     {"promised_on", app::FilterOp::kGe, {as_of.ToString()}}}));
  PromisedCover out;
  for (const auto& p : open) {
    if (auto invoice = app::IntOf(p, "invoice_id")) {
      out.invoices.insert(*invoice);
    } else {
      out.accounts.insert(*app::IntOf(p, "account_id"));
    }
  }
  return out;
}

}  // namespace salesdesk::modules::billing
