#include "modules/billing/app/write_off_service.h"

#include "app/access/access_policy.h"
#include "app/records/audit_trail.h"
#include "app/records/company_calendar.h"
#include "app/records/record_fields.h"
#include "core/money/currency.h"
#include "modules/billing/app/billing_records.h"
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

std::int64_t WrittenOff(const Record& invoice) {
  return app::MoneyOf(invoice, "written_off").value_or(MoneyValue{}).minor;
}

core::Result<void> CheckRequest(const Record& invoice, const WriteOffRequest& in, core::Date on) {
  if (app::TextOf(invoice, "status") != "posted") {
    return Error::Invalid("invoice_id", Msg("billing.write_off_draft_invoice"));
  }
  if (in.reason.find_first_not_of(" \t\r\n") == std::string::npos) {
    return Error::Invalid("reason", Msg("billing.write_off_reason"));
  }
  SD_ASSIGN(core::Date invoiced, core::ParseDate(app::TextOf(invoice, "invoice_date")));
  if (on < invoiced) {
    return Error::Invalid("written_off_on",
                          Msg("billing.write_off_before_invoice", {{"date", invoiced.ToString()}}));
  }
  if (in.amount <= 0) return Error::Invalid("amount", Msg("billing.write_off_amount"));
  return core::Ok();
}

}  // namespace

core::Result<app::CreateResult<Record>> WriteOffService::Create(
    const app::Caller& caller, const WriteOffRequest& in,
    std::optional<std::int64_t> expected_version, const app::IdempotencyRequest* idempotency,
    const app::Renderer<Record>& render) {
  SD_TRY(app::CheckMayWrite(caller, Spec("invoice-write-offs")));
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(auto seen, app::FindReplay(*uow, caller, idempotency));
  if (seen) return app::CreateResult<Record>{std::nullopt, std::move(seen)};
  SD_ASSIGN(Record invoice, app::sales::LoadVisible(*uow, caller, Spec("invoices"), in.invoice_id));
  SD_TRY(CheckVersion(invoice, expected_version, "invoice"));
  const std::int64_t at = clock_.Now().micros_since_epoch();
  // The default day is the company's (RULES 0.5): a write-off at 00:30 in Madrid is today's.
  SD_ASSIGN(const app::CompanyCalendar company, app::LoadCompanyCalendar(*uow));
  const core::Date on = in.written_off_on.value_or(company.DateOf(at));
  SD_TRY(CheckRequest(invoice, in, on));
  SD_ASSIGN(core::Currency doc, core::ParseCurrency(app::TextOf(invoice, "currency")));
  SD_ASSIGN(InvoiceBalance open, BalanceOf(*uow, invoice));
  std::int64_t principal = 0;
  for (const auto& item : open.items) principal += item.principal;
  if (in.amount > principal) {
    return Error::Invalid("amount", Msg("billing.write_off_exceeds_open",
                                        {{"open", core::FormatAmount(core::Money{principal, doc})},
                                         {"currency", doc.code()}}));
  }
  // Principal only, oldest due first (E-R2); the invoice's rate relieves the carrying base.
  Allocations applied = AllocationsOf(open, invoice, cb::ApplyCreditNote(in.amount, open.items));
  SD_ASSIGN(auto rates, app::sales::LoadExchangeRates(*uow));
  SD_ASSIGN(core::Currency base, core::ParseCurrency(rates.base_currency));
  const core::Rate rate = core::Rate::FromUnits(app::IntOf(invoice, "rate").value_or(0));
  SD_ASSIGN(const std::int64_t relieved,
            cb::RelievedBase(applied.total, open.outstanding, open.carrying, doc, rate, base));
  Record write_off{{"invoice_id", in.invoice_id},
                   {"account_id", invoice.at("account_id")},
                   {"currency", doc.code()},
                   {"amount", MoneyValue{in.amount, doc.code()}},
                   {"reason", in.reason},
                   {"written_off_on", on.ToString()},
                   {"relieved_base", MoneyValue{relieved, base.code()}},
                   {"owner_id", invoice.at("owner_id")}};
  if (!caller.is_system()) write_off["written_off_by"] = caller.user_id;
  SD_ASSIGN(Record inserted, uow->Insert(Spec("invoice-write-offs"), write_off, at));
  for (auto& a : applied.records) a["write_off_id"] = app::RecordId(inserted);
  SD_TRY(uow->InsertMany(Spec("invoice-write-off-allocations"), applied.records, at));
  SD_TRY(
      app::AuditChange(*uow, caller, at, Spec("invoice-write-offs"), "create", nullptr, &inserted));
  SD_ASSIGN(Record updated,
            uow->Update(Spec("invoices"), in.invoice_id,
                        {{"written_off", MoneyValue{WrittenOff(invoice) + in.amount, doc.code()}}},
                        app::RecordVersion(invoice), at));
  SD_TRY(app::AuditChange(*uow, caller, at, Spec("invoices"), "update", &invoice, &updated));
  SD_TRY(RefreshSettledOn(*uow, {in.invoice_id}, at, SettledWrite::kTouch));
  SD_TRY(RefreshClaimStatuses(*uow, caller, in.invoice_id, at));  // E-R10
  if (render) SD_TRY(app::SaveReplay(*uow, caller, idempotency, render(inserted), at));
  SD_TRY(uow->Commit());
  return app::CreateResult<Record>{std::move(inserted), std::nullopt};
}

core::Result<InvoiceOpen> WriteOffService::OpenOf(const app::Caller& caller,
                                                  std::int64_t invoice_id) {
  SD_ASSIGN(auto uow, store_.Read());
  SD_ASSIGN(Record invoice, app::sales::LoadVisible(*uow, caller, Spec("invoices"), invoice_id));
  InvoiceOpen out{.currency = app::TextOf(invoice, "currency"), .written_off = WrittenOff(invoice)};
  if (app::TextOf(invoice, "status") != "posted") return out;  // a draft owes nothing yet
  SD_ASSIGN(InvoiceBalance balance, BalanceOf(*uow, invoice));
  for (const auto& item : balance.items) out.open += item.principal;
  return out;
}

}  // namespace salesdesk::modules::billing
