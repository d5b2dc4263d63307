#include "modules/commissions/app/statement_service.h"

#include <algorithm>
#include <set>

#include "app/access/access_policy.h"
#include "app/records/audit_trail.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/billing/app/credit_splits.h"
#include "modules/commissions/app/statement_lines.h"
#include "modules/commissions/core/statement_totals.h"
#include "modules/sales/app/quote_records.h"

namespace salesdesk::modules::commissions {
namespace {

using app::Filter;
using app::FilterOp;
using app::MoneyValue;
using app::Record;
using app::Role;
using core::Error;
using core::ErrorCode;
using core::Msg;

const app::EntitySpec& Spec(std::string_view plural) { return *app::FindEntity(plural); }

struct Month {
  core::Date first, last;
};

core::Result<Month> ParsePeriod(const std::string& period) {
  const Error bad = Error::Invalid("period", Msg("commissions.period"));
  if (period.size() != 7 || period[4] != '-') return bad;
  auto first = core::ParseDate(period + "-01");
  if (!first.ok()) return bad;
  const auto c = first->Civil();
  SD_ASSIGN(core::Date last,
            core::Date::FromCivil(c.year, c.month, core::DaysInMonth(c.year, c.month)));
  return Month{*first, last};
}

// The assignment covering the month (the latest that starts by its last day and has not ended
// before its first).
core::Result<std::optional<Record>> AssignmentFor(app::UnitOfWork& uow, std::int64_t user,
                                                  const Month& m) {
  SD_ASSIGN(auto all, app::ReadAll(uow, Spec("commission-assignments"),
                                   {{"user_id", FilterOp::kEq, {user}}}));
  std::optional<Record> best;
  for (auto& a : all) {
    const std::string from = app::TextOf(a, "valid_from"), to = app::TextOf(a, "valid_to");
    if (from > m.last.ToString() || (!to.empty() && to < m.first.ToString())) continue;
    if (!best || from > app::TextOf(*best, "valid_from")) best = std::move(a);
  }
  return best;
}

// The posted credit notes of these invoices dated up to the month's end, with the invoice lines
// they credit (C-R8).
core::Result<void> ReadCreditNotes(app::UnitOfWork& uow, const std::vector<app::FieldValue>& ids,
                                   const Month& m, EarningInput& in) {
  SD_ASSIGN(auto notes, app::ReadAll(uow, Spec("credit-notes"),
                                     {{"invoice_id", FilterOp::kIn, ids},
                                      {"status", FilterOp::kEq, {std::string("posted")}},
                                      {"credit_date", FilterOp::kLe, {m.last.ToString()}}}));
  if (notes.empty()) return core::Ok();
  std::vector<app::FieldValue> note_ids;
  for (const auto& n : notes) note_ids.emplace_back(app::RecordId(n));
  SD_ASSIGN(auto lines, app::ReadAll(uow, Spec("credit-note-lines"),
                                     {{"credit_note_id", FilterOp::kIn, note_ids}}));
  for (const auto& n : notes) {
    SourceCreditNote cn{.id = app::RecordId(n), .number = app::TextOf(n, "number")};
    SD_ASSIGN(cn.date, core::ParseDate(app::TextOf(n, "credit_date")));
    if (auto net = app::MoneyOf(n, "untaxed")) cn.net = net->minor;
    if (auto gross = app::MoneyOf(n, "total")) cn.gross = gross->minor;
    for (const auto& l : lines) {
      if (app::IntOf(l, "credit_note_id") != cn.id) continue;
      const auto net = app::MoneyOf(l, "net");
      cn.lines.push_back({.id = app::IntOf(l, "invoice_line_id").value_or(0),
                          .net = net ? net->minor : 0,
                          .position = app::IntOf(l, "position").value_or(0)});
    }
    const std::int64_t invoice = app::IntOf(n, "invoice_id").value_or(0);
    for (auto& i : in.invoices) {
      if (i.id == invoice) i.credit_notes.push_back(std::move(cn));
    }
  }
  return core::Ok();
}

// The write-offs of these invoices dated up to the month's end (C-R7, C-R8; decision 0056).
core::Result<void> ReadWriteOffs(app::UnitOfWork& uow, const std::vector<app::FieldValue>& ids,
                                 const Month& m, EarningInput& in) {
  SD_ASSIGN(auto write_offs,
            app::ReadAll(uow, Spec("invoice-write-offs"),
                         {{"invoice_id", FilterOp::kIn, ids},
                          {"written_off_on", FilterOp::kLe, {m.last.ToString()}}}));
  for (const auto& w : write_offs) {
    SourceWriteOff wo{.id = app::RecordId(w)};
    SD_ASSIGN(wo.date, core::ParseDate(app::TextOf(w, "written_off_on")));
    if (auto amount = app::MoneyOf(w, "amount")) wo.amount = amount->minor;
    const std::int64_t invoice = app::IntOf(w, "invoice_id").value_or(0);
    for (auto& i : in.invoices) {
      if (i.id == invoice) i.write_offs.push_back(wo);
    }
  }
  return core::Ok();
}

// The rep's months whose statement is approved (closed, C-R8).
core::Result<std::set<std::int64_t>> ClosedMonths(app::UnitOfWork& uow, std::int64_t user) {
  SD_ASSIGN(auto approved, app::ReadAll(uow, Spec("commission-statements"),
                                        {{"owner_id", FilterOp::kEq, {user}},
                                         {"status", FilterOp::kEq, {std::string("approved")}}}));
  std::set<std::int64_t> out;
  for (const auto& s : approved) {
    SD_ASSIGN(const Month month, ParsePeriod(app::TextOf(s, "period")));
    const auto c = month.first.Civil();
    out.insert(c.year * 100 + c.month);
  }
  return out;
}

// The rep's posted invoices dated up to the month's end with their lines, and the payments on
// them dated up to it.
core::Result<void> ReadSources(app::UnitOfWork& uow, std::int64_t user, const Month& m,
                               EarningInput& in) {
  // The rep's own invoices and those a credit split names them in (C-R2).
  SD_ASSIGN(auto invoices,
            billing::InvoicesCreditedTo(uow, user,
                                        {{"status", FilterOp::kEq, {std::string("posted")}},
                                         {"invoice_date", FilterOp::kLe, {m.last.ToString()}}}));
  in.user = user;
  if (invoices.empty()) return core::Ok();
  std::vector<app::FieldValue> ids;
  for (const auto& credited : invoices) {
    const Record& r = credited.record;
    SourceInvoice i{.id = app::RecordId(r),
                    .number = app::TextOf(r, "number"),
                    .currency = app::TextOf(r, "currency"),
                    .owner_id = app::IntOf(r, "owner_id").value_or(0),
                    .shares = credited.shares,
                    .overlays = credited.overlays};
    SD_ASSIGN(i.date, core::ParseDate(app::TextOf(r, "invoice_date")));
    if (auto net = app::MoneyOf(r, "untaxed")) i.net = net->minor;
    if (auto gross = app::MoneyOf(r, "total")) i.gross = gross->minor;
    in.invoices.push_back(std::move(i));
    ids.emplace_back(app::RecordId(r));
  }
  SD_ASSIGN(auto lines,
            app::ReadAll(uow, Spec("invoice-lines"), {{"invoice_id", FilterOp::kIn, ids}}));
  std::sort(lines.begin(), lines.end(), [](const Record& a, const Record& b) {
    return app::IntOf(a, "position").value_or(0) < app::IntOf(b, "position").value_or(0);
  });
  for (const auto& l : lines) {
    const std::int64_t invoice = *app::IntOf(l, "invoice_id");
    auto it = std::find_if(in.invoices.begin(), in.invoices.end(),
                           [&](const SourceInvoice& i) { return i.id == invoice; });
    const auto net = app::MoneyOf(l, "net");
    SourceLine line{.id = app::RecordId(l),
                    .net = net ? net->minor : 0,
                    .position = app::IntOf(l, "position").value_or(0),
                    .quantity_milli = app::IntOf(l, "quantity").value_or(0)};
    // Read internally (the cost never reaches the statement's lines, C-R6; only margins do).
    if (auto cost = app::MoneyOf(l, "cost")) {
      line.unit_cost = cost->minor;
      line.cost_currency = cost->currency;
    }
    it->lines.push_back(std::move(line));
  }
  SD_ASSIGN(auto payments, app::ReadAll(uow, Spec("payments"),
                                        {{"invoice_id", FilterOp::kIn, ids},
                                         {"paid_on", FilterOp::kLe, {m.last.ToString()}}}));
  for (const auto& p : payments) {
    SourcePayment s{.id = app::RecordId(p), .invoice_id = *app::IntOf(p, "invoice_id")};
    SD_ASSIGN(s.paid_on, core::ParseDate(app::TextOf(p, "paid_on")));
    if (auto applied = app::MoneyOf(p, "applied")) s.applied = applied->minor;
    in.payments.push_back(s);
  }
  SD_TRY(ReadWriteOffs(uow, ids, m, in));
  return ReadCreditNotes(uow, ids, m, in);
}

// What the latest approved statement before `period` carried forward (≤ 0).
core::Result<std::int64_t> CarriedIn(app::UnitOfWork& uow, std::int64_t user,
                                     const std::string& period) {
  SD_ASSIGN(auto earlier, app::ReadAll(uow, Spec("commission-statements"),
                                       {{"owner_id", FilterOp::kEq, {user}},
                                        {"status", FilterOp::kEq, {std::string("approved")}},
                                        {"period", FilterOp::kLt, {period}}}));
  const Record* latest = nullptr;
  for (const auto& s : earlier) {
    if (latest == nullptr || app::TextOf(s, "period") > app::TextOf(*latest, "period")) latest = &s;
  }
  if (latest == nullptr) return 0;
  const auto out = app::MoneyOf(*latest, "carried_out");
  return out ? out->minor : 0;
}

std::vector<Record> LineRecords(std::int64_t statement, const std::vector<EarnedLine>& lines,
                                const std::string& payout) {
  std::vector<Record> out;
  std::int64_t position = 0;
  for (const auto& l : lines) {
    Record r{{"statement_id", statement},
             {"position", ++position},
             {"component", l.component},
             {"event", std::string(l.write_off    ? "write_off"
                                   : l.clawback   ? "credit_note"
                                   : l.on_payment ? "payment"
                                                  : "invoice")},
             {"earned_on", l.earned_on.ToString()},
             {"invoice_id", l.invoice_id},
             {"base", MoneyValue{l.base, l.base_currency}},
             {"amount", MoneyValue{l.amount, l.amount_currency}},
             {"uplift", MoneyValue{l.uplift, l.amount_currency}},
             {"payout", MoneyValue{l.payout, payout}}};
    if (l.invoice_line_id) r["invoice_line_id"] = *l.invoice_line_id;
    if (l.payment_id) r["payment_id"] = *l.payment_id;
    if (!l.source.empty()) r["source"] = l.source;
    out.push_back(std::move(r));
  }
  return out;
}

Error Forbidden(core::Message m) { return Error::Make(ErrorCode::kForbidden, std::move(m)); }

}  // namespace

core::Result<app::CreateResult<Record>> StatementService::Compute(
    const app::Caller& caller, const StatementRequest& in,
    const app::IdempotencyRequest* idempotency, const app::Renderer<Record>& render) {
  const app::EntitySpec& statements = Spec("commission-statements");
  SD_TRY(app::CheckMayWrite(caller, statements));
  SD_ASSIGN(const Month month, ParsePeriod(in.period));
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(auto seen, app::FindReplay(*uow, caller, idempotency));
  if (seen) return app::CreateResult<Record>{std::nullopt, std::move(seen)};
  // Whose statements the caller may see is whose they may compute: a manager their team's.
  SD_ASSIGN(const app::Visibility visible, app::VisibilityFor(*uow, caller, statements));
  SD_ASSIGN(auto user, uow->Get(Spec("users"), in.user_id, app::Visibility::All()));
  if (!user || !app::OwnerVisible(visible, in.user_id)) {
    return Error::Invalid(
        "user_id", Msg("reference.not_visible", {{"kind", std::string("user")},
                                                 {"id", std::to_string(in.user_id)},
                                                 {"plural", std::string("users of your team")}}));
  }
  SD_ASSIGN(auto assignment, AssignmentFor(*uow, in.user_id, month));
  if (!assignment) {
    return Error::Invalid(
        "user_id",
        Msg("commissions.no_plan", {{"user", app::TextOf(*user, "name")}, {"period", in.period}}));
  }
  const std::int64_t plan_id = *app::IntOf(*assignment, "plan_id");
  SD_ASSIGN(auto plan, uow->Get(Spec("commission-plans"), plan_id, app::Visibility::All()));
  if (!plan) return Error::Make(ErrorCode::kInternal, "the assignment's plan is gone");
  SD_ASSIGN(const core::Currency payout, core::ParseCurrency(app::TextOf(*plan, "currency")));
  SD_ASSIGN(auto rates, app::sales::LoadExchangeRates(*uow));
  EarningInput earning{.payout = payout, .rates = &rates, .first = month.first, .last = month.last};
  SD_ASSIGN(earning.components, ParseComponents(app::TextOf(*plan, "components"), payout));
  if (auto target = app::MoneyOf(*assignment, "target");
      target && target->currency == payout.code()) {
    earning.target = target->minor;
  }
  SD_TRY(ReadSources(*uow, in.user_id, month, earning));
  SD_ASSIGN(earning.closed_months, ClosedMonths(*uow, in.user_id));
  SD_ASSIGN(const auto lines, EarnLines(earning));
  std::vector<std::int64_t> payouts;
  for (const auto& l : lines) payouts.push_back(l.payout);
  SD_ASSIGN(const std::int64_t carried_in, CarriedIn(*uow, in.user_id, in.period));
  const auto totals = core::commissions::Totals(payouts, carried_in);

  const std::int64_t at = clock_.Now().micros_since_epoch();
  const std::string cur = payout.code();
  Record fields{{"plan_id", plan_id},
                {"currency", cur},
                {"status", std::string("draft")},
                {"lines_total", MoneyValue{totals.lines, cur}},
                {"carried_in", MoneyValue{totals.carried_in, cur}},
                {"total", MoneyValue{totals.total, cur}},
                {"payable", MoneyValue{totals.payable, cur}},
                {"carried_out", MoneyValue{totals.carried_out, cur}},
                {"computed_at", at}};
  SD_ASSIGN(auto existing, app::ReadAll(*uow, statements,
                                        {{"owner_id", FilterOp::kEq, {in.user_id}},
                                         {"period", FilterOp::kEq, {in.period}}}));
  Record stored;
  if (existing.empty()) {
    fields["owner_id"] = in.user_id;
    fields["period"] = in.period;
    SD_ASSIGN(stored, uow->Insert(statements, fields, at));
    SD_TRY(app::AuditChange(*uow, caller, at, statements, "create", nullptr, &stored));
  } else {
    const Record& before = existing.front();
    if (app::TextOf(before, "status") != "draft") {
      core::Error e = Error::Make(ErrorCode::kConflict,
                                  Msg("commissions.statement_approved", {{"period", in.period}}));
      e.field = "period";
      return e;
    }
    // A draft is recomputed in place: its lines are replaced, its version moves on.
    SD_ASSIGN(auto old_lines,
              app::ReadAll(*uow, Spec("commission-statement-lines"),
                           {{"statement_id", FilterOp::kEq, {app::RecordId(before)}}}));
    for (const auto& l : old_lines) {
      SD_TRY(
          uow->Delete(Spec("commission-statement-lines"), app::RecordId(l), app::RecordVersion(l)));
    }
    SD_ASSIGN(stored, uow->Update(statements, app::RecordId(before), fields,
                                  app::RecordVersion(before), at));
    SD_TRY(app::AuditChange(*uow, caller, at, statements, "update", &before, &stored));
  }
  const auto records = LineRecords(app::RecordId(stored), lines, cur);
  if (!records.empty()) SD_TRY(uow->InsertMany(Spec("commission-statement-lines"), records, at));
  if (render) SD_TRY(app::SaveReplay(*uow, caller, idempotency, render(stored), at));
  SD_TRY(uow->Commit());
  return app::CreateResult<Record>{std::move(stored), std::nullopt};
}

core::Result<Record> StatementService::Approve(const app::Caller& caller, std::int64_t id,
                                               std::optional<std::int64_t> expected_version) {
  const app::EntitySpec& statements = Spec("commission-statements");
  SD_TRY(app::CheckMayWrite(caller, statements));
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(Record statement, app::sales::LoadVisible(*uow, caller, statements, id));
  if (expected_version && app::RecordVersion(statement) != *expected_version) {
    return Error::Make(
        ErrorCode::kPreconditionFailed,
        Msg("record.stale", {{"entity", std::string("commission statement")},
                             {"version", std::to_string(app::RecordVersion(statement))}}));
  }
  if (!caller.is_system() && app::IntOf(statement, "owner_id") == caller.user_id) {
    return Forbidden(Msg("commissions.own_statement"));
  }
  const std::string status = app::TextOf(statement, "status");
  const std::int64_t at = clock_.Now().micros_since_epoch();
  const bool system = caller.is_system();
  Record changes;
  if (status == "draft") {
    const bool leads = caller.role == Role::kManager || caller.role == Role::kSeniorManager ||
                       caller.role == Role::kDirector;
    if (!system && !leads)
      return Forbidden(Msg("commissions.approval_role", {{"role", "the rep's manager"}}));
    changes = {{"status", std::string("manager_approved")}, {"manager_approved_at", at}};
    if (!system) changes["manager_approved_by"] = caller.user_id;
  } else if (status == "manager_approved") {
    if (!system && caller.role != Role::kFinance) {
      return Forbidden(Msg("commissions.approval_role", {{"role", "finance"}}));
    }
    changes = {{"status", std::string("approved")}, {"finance_approved_at", at}};
    if (!system) changes["finance_approved_by"] = caller.user_id;
  } else {
    core::Error e = Error::Make(ErrorCode::kConflict, Msg("commissions.approved_already"));
    e.field = "status";
    return e;
  }
  SD_ASSIGN(Record approved,
            uow->Update(statements, id, changes, app::RecordVersion(statement), at));
  SD_TRY(app::AuditChange(*uow, caller, at, statements, "update", &statement, &approved));
  SD_TRY(uow->Commit());
  return approved;
}

}  // namespace salesdesk::modules::commissions
