#include "modules/billing/app/credit_note_service.h"

#include <map>

#include "app/access/access_policy.h"
#include "app/records/audit_trail.h"
#include "app/records/company_calendar.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "core/money/currency.h"
#include "modules/billing/app/billing_records.h"
#include "modules/billing/app/claim_status.h"
#include "modules/billing/app/invoice_balance.h"
#include "modules/billing/app/invoice_settled_on.h"
#include "modules/billing/core/fx.h"
#include "modules/sales/app/pricing_source.h"
#include "modules/sales/app/quote_records.h"
#include "modules/sales/core/quotes/quote_totals.h"

namespace salesdesk::modules::billing {
namespace {

using app::MoneyValue;
using app::Record;
using core::Error;
using core::ErrorCode;
using core::Msg;
namespace cb = core::billing;

struct Amounts {
  std::int64_t untaxed = 0, tax = 0, total = 0;
};
Amounts AmountsOf(const Record& r) {
  auto minor = [&](const char* f) { return app::MoneyOf(r, f).value_or(MoneyValue{}).minor; };
  return {minor("untaxed"), minor("tax"), minor("total")};
}

// What the posted credit notes of an invoice already took: per invoice line, and in total.
struct Credited {
  std::map<std::int64_t, std::int64_t> net_by_line;
  Amounts sums;
};
core::Result<Credited> PostedCredits(app::UnitOfWork& uow, std::int64_t invoice_id) {
  Credited out;
  SD_ASSIGN(auto notes, app::ReadAll(uow, Spec("credit-notes"),
                                     {{"invoice_id", app::FilterOp::kEq, {invoice_id}},
                                      {"status", app::FilterOp::kEq, {std::string("posted")}}}));
  std::vector<app::FieldValue> ids;
  for (const auto& n : notes) {
    const Amounts a = AmountsOf(n);
    out.sums.untaxed += a.untaxed;
    out.sums.tax += a.tax;
    out.sums.total += a.total;
    ids.emplace_back(app::RecordId(n));
  }
  if (ids.empty()) return out;
  SD_ASSIGN(auto lines, app::ReadAll(uow, Spec("credit-note-lines"),
                                     {{"credit_note_id", app::FilterOp::kIn, std::move(ids)}}));
  for (const auto& l : lines) {
    out.net_by_line[*app::IntOf(l, "invoice_line_id")] += app::MoneyOf(l, "net")->minor;
  }
  return out;
}

struct Priced {
  std::vector<Record> lines;  // invoice_line_id, position, net, tax_rate_pct
  Amounts amounts;
};

// The note's lines checked against what each invoice line has left to credit, and its totals:
// one tax rounding per rate (as the order was taxed), except that the note which credits the
// last of every line takes exactly what the invoice has left, so the notes add up to it.
core::Result<Priced> PriceLines(app::UnitOfWork& uow, const Record& invoice,
                                const std::optional<std::vector<CreditLineRequest>>& requested) {
  const std::int64_t invoice_id = app::RecordId(invoice);
  const std::string currency = app::TextOf(invoice, "currency");
  SD_ASSIGN(core::Currency cur, core::ParseCurrency(currency));
  SD_ASSIGN(auto invoice_lines, app::ReadAll(uow, Spec("invoice-lines"),
                                             {{"invoice_id", app::FilterOp::kEq, {invoice_id}}}));
  SD_ASSIGN(Credited credited, PostedCredits(uow, invoice_id));
  std::map<std::int64_t, const Record*> by_id;
  std::map<std::int64_t, std::int64_t> left;
  for (const auto& l : invoice_lines) {
    by_id[app::RecordId(l)] = &l;
    left[app::RecordId(l)] = app::MoneyOf(l, "net").value_or(MoneyValue{}).minor -
                             credited.net_by_line[app::RecordId(l)];
  }
  std::vector<CreditLineRequest> wanted;
  if (requested) {
    wanted = *requested;
  } else {
    for (const auto& l : invoice_lines) {
      if (left[app::RecordId(l)] > 0) wanted.push_back({app::RecordId(l), left[app::RecordId(l)]});
    }
  }
  if (wanted.empty()) return Error::Invalid("lines", Msg("billing.credit_note_empty"));
  Priced out;
  std::vector<core::quotes::NetLine> nets;
  for (std::size_t i = 0; i < wanted.size(); ++i) {
    const std::string at = "lines/" + std::to_string(i);
    auto line = by_id.find(wanted[i].invoice_line_id);
    if (line == by_id.end()) {
      return Error::Invalid(at + "/invoice_line_id",
                            Msg("billing.credit_line_not_on_invoice",
                                {{"id", std::to_string(wanted[i].invoice_line_id)}}));
    }
    std::int64_t& still = left[wanted[i].invoice_line_id];
    if (wanted[i].net > still) {
      return Error::Invalid(at + "/net", Msg("billing.credit_exceeds_line",
                                             {{"left", core::FormatAmount(core::Money{still, cur})},
                                              {"currency", currency}}));
    }
    still -= wanted[i].net;
    const std::int64_t rate = app::IntOf(*line->second, "tax_rate_pct").value_or(0);
    nets.push_back({core::Money{wanted[i].net, cur}, core::Percent::FromUnits(rate)});
    out.lines.push_back({{"invoice_line_id", wanted[i].invoice_line_id},
                         {"position", static_cast<std::int64_t>(i + 1)},
                         {"net", MoneyValue{wanted[i].net, currency}},
                         {"tax_rate_pct", rate}});
  }
  const Amounts invoiced = AmountsOf(invoice);
  const Amounts open{invoiced.untaxed - credited.sums.untaxed, invoiced.tax - credited.sums.tax,
                     invoiced.total - credited.sums.total};
  bool completes = true;
  for (const auto& [id, still] : left) completes = completes && still == 0;
  if (completes) {
    out.amounts = open;
  } else {
    SD_ASSIGN(auto totals, core::quotes::TotalsFromNets(nets, cur));
    out.amounts = {totals.untaxed.minor, totals.tax.minor, totals.total.minor};
  }
  if (out.amounts.total > open.total) {
    return Error::Invalid("lines", Msg("billing.credit_exceeds_invoice",
                                       {{"left", core::FormatAmount(core::Money{open.total, cur})},
                                        {"currency", currency}}));
  }
  return out;
}

core::Result<void> CheckDate(const Record& invoice, core::Date credit_date) {
  SD_ASSIGN(core::Date invoiced, core::ParseDate(app::TextOf(invoice, "invoice_date")));
  if (credit_date < invoiced) {
    return Error::Invalid("credit_date",
                          Msg("billing.credit_before_invoice", {{"date", invoiced.ToString()}}));
  }
  return core::Ok();
}

core::Result<void> CheckReason(const std::string& reason) {
  if (reason.find_first_not_of(" \t\r\n") == std::string::npos) {
    return Error::Invalid("reason", Msg("field.required", {{"field", "reason"}}));
  }
  return core::Ok();
}

}  // namespace

core::Result<app::CreateResult<Record>> CreditNoteService::Create(
    const app::Caller& caller, const CreditNoteRequest& in,
    const app::IdempotencyRequest* idempotency, const app::Renderer<Record>& render) {
  SD_TRY(app::CheckMayWrite(caller, Spec("credit-notes")));
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(auto seen, app::FindReplay(*uow, caller, idempotency));
  if (seen) return app::CreateResult<Record>{std::nullopt, std::move(seen)};
  SD_ASSIGN(Record invoice, app::sales::LoadVisible(*uow, caller, Spec("invoices"), in.invoice_id));
  const std::int64_t at = clock_.Now().micros_since_epoch();
  SD_ASSIGN(Record inserted, DraftWithin(*uow, caller, invoice, in, at));
  if (render) SD_TRY(app::SaveReplay(*uow, caller, idempotency, render(inserted), at));
  SD_TRY(uow->Commit());
  return app::CreateResult<Record>{std::move(inserted), std::nullopt};
}

core::Result<Record> CreditNoteService::DraftWithin(app::UnitOfWork& uow, const app::Caller& caller,
                                                    const Record& invoice,
                                                    const CreditNoteRequest& in, std::int64_t at) {
  if (app::TextOf(invoice, "status") != "posted") {
    return Error::Invalid("invoice_id", Msg("billing.credit_draft_invoice"));
  }
  SD_ASSIGN(const core::Date today, app::CompanyToday(uow, at));
  const core::Date credit_date = in.credit_date.value_or(today);
  SD_TRY(CheckDate(invoice, credit_date));
  SD_TRY(CheckReason(in.reason));
  SD_ASSIGN(Priced priced, PriceLines(uow, invoice, in.lines));
  const std::string currency = app::TextOf(invoice, "currency");
  Record note{{"invoice_id", app::RecordId(invoice)},
              {"account_id", invoice.at("account_id")},
              {"currency", currency},
              {"status", std::string("draft")},
              {"credit_date", credit_date.ToString()},
              {"reason", in.reason},
              {"untaxed", MoneyValue{priced.amounts.untaxed, currency}},
              {"tax", MoneyValue{priced.amounts.tax, currency}},
              {"total", MoneyValue{priced.amounts.total, currency}},
              {"owner_id", invoice.at("owner_id")}};
  SD_ASSIGN(Record inserted, uow.Insert(Spec("credit-notes"), note, at));
  for (auto& l : priced.lines) l["credit_note_id"] = app::RecordId(inserted);
  SD_TRY(uow.InsertMany(Spec("credit-note-lines"), priced.lines, at));
  SD_TRY(app::AuditChange(uow, caller, at, Spec("credit-notes"), "create", nullptr, &inserted));
  return inserted;
}

core::Result<Record> CreditNoteService::Edit(const app::Caller& caller, std::int64_t id,
                                             const CreditNoteEdit& edit,
                                             std::optional<std::int64_t> expected_version) {
  SD_TRY(app::CheckMayWrite(caller, Spec("credit-notes")));
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(Record note, app::sales::LoadVisible(*uow, caller, Spec("credit-notes"), id));
  if (app::TextOf(note, "status") == "posted") {
    return Error::Invalid(
        edit.credit_date ? "credit_date" : "reason",
        Msg("billing.credit_note_posted", {{"number", app::TextOf(note, "number")}}));
  }
  SD_TRY(CheckVersion(note, expected_version, "credit note"));
  Record changes;
  if (edit.credit_date) {
    SD_ASSIGN(auto invoice,
              uow->Get(Spec("invoices"), *app::IntOf(note, "invoice_id"), app::Visibility::All()));
    if (!invoice) return Error::Make(ErrorCode::kInternal, "the credit note's invoice is gone");
    SD_TRY(CheckDate(*invoice, *edit.credit_date));
    changes["credit_date"] = edit.credit_date->ToString();
  }
  if (edit.reason) {
    SD_TRY(CheckReason(*edit.reason));
    changes["reason"] = *edit.reason;
  }
  const std::int64_t at = clock_.Now().micros_since_epoch();
  SD_ASSIGN(Record updated,
            uow->Update(Spec("credit-notes"), id, changes, app::RecordVersion(note), at));
  SD_TRY(app::AuditChange(*uow, caller, at, Spec("credit-notes"), "update", &note, &updated));
  SD_TRY(uow->Commit());
  return updated;
}

core::Result<Record> CreditNoteService::Post(const app::Caller& caller, std::int64_t id,
                                             std::optional<std::int64_t> expected_version) {
  SD_TRY(app::CheckMayWrite(caller, Spec("credit-notes")));
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(Record note, app::sales::LoadVisible(*uow, caller, Spec("credit-notes"), id));
  SD_TRY(CheckVersion(note, expected_version, "credit note"));
  if (app::TextOf(note, "status") == "posted") {
    return Error::Make(ErrorCode::kConflict, Msg("billing.credit_note_posted",
                                                 {{"number", app::TextOf(note, "number")}}));
  }
  SD_ASSIGN(auto invoice,
            uow->Get(Spec("invoices"), *app::IntOf(note, "invoice_id"), app::Visibility::All()));
  if (!invoice) return Error::Make(ErrorCode::kInternal, "the credit note's invoice is gone");
  // Notes posted since this draft was made may have credited the same lines.
  SD_ASSIGN(auto lines, app::ReadAll(*uow, Spec("credit-note-lines"),
                                     {{"credit_note_id", app::FilterOp::kEq, {id}}}));
  std::vector<CreditLineRequest> requested;
  for (const auto& l : lines) {
    requested.push_back({*app::IntOf(l, "invoice_line_id"), app::MoneyOf(l, "net")->minor});
  }
  SD_TRY(PriceLines(*uow, *invoice, requested));
  const std::int64_t total = AmountsOf(note).total;
  SD_ASSIGN(core::Currency doc, core::ParseCurrency(app::TextOf(note, "currency")));
  SD_ASSIGN(auto rates, app::sales::LoadExchangeRates(*uow));
  SD_ASSIGN(core::Currency base, core::ParseCurrency(rates.base_currency));
  // Principal only, oldest due first; the invoice's rate relieves the carrying base (no FX).
  SD_ASSIGN(InvoiceBalance open, BalanceOf(*uow, *invoice));
  Allocations applied = AllocationsOf(open, *invoice, cb::ApplyCreditNote(total, open.items));
  std::int64_t relieved = 0;
  if (applied.total > 0) {
    const core::Rate rate = core::Rate::FromUnits(app::IntOf(*invoice, "rate").value_or(0));
    SD_ASSIGN(relieved,
              cb::RelievedBase(applied.total, open.outstanding, open.carrying, doc, rate, base));
  }
  SD_ASSIGN(core::Date date, core::ParseDate(app::TextOf(note, "credit_date")));
  SD_ASSIGN(std::string number, NextDocumentNumber(*uow, "CN", date.Civil().year));
  const std::int64_t at = clock_.Now().micros_since_epoch();
  for (auto& a : applied.records) a["credit_note_id"] = id;
  if (!applied.records.empty()) {
    SD_TRY(uow->InsertMany(Spec("credit-note-allocations"), applied.records, at));
  }
  Record changes{{"status", std::string("posted")},
                 {"number", number},
                 {"applied", MoneyValue{applied.total, doc.code()}},
                 {"unapplied", MoneyValue{total - applied.total, doc.code()}},
                 {"relieved_base", MoneyValue{relieved, base.code()}},
                 {"posted_at", at}};
  SD_ASSIGN(Record posted,
            uow->Update(Spec("credit-notes"), id, changes, app::RecordVersion(note), at));
  SD_TRY(app::AuditChange(*uow, caller, at, Spec("credit-notes"), "update", &note, &posted));
  SD_TRY(RefreshSettledOn(*uow, {app::RecordId(*invoice)}, at, SettledWrite::kTouch));
  SD_TRY(RefreshClaimStatuses(*uow, caller, app::RecordId(*invoice), at));  // E-R10
  SD_TRY(uow->Commit());
  return posted;
}

}  // namespace salesdesk::modules::billing
