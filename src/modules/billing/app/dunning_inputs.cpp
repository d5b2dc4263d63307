#include "modules/billing/app/dunning_inputs.h"

#include <algorithm>
#include <iterator>
#include <map>

#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/billing/app/billing_records.h"
#include "modules/billing/app/invoice_settled_on.h"
#include "modules/billing/app/payment_replay.h"
#include "modules/billing/core/application.h"

namespace salesdesk::modules::billing {
namespace {

using app::Record;
namespace cb = core::billing;

struct Settlement {
  core::Date on;
  bool credit_note = false;
  std::int64_t amount = 0;  // invoice currency
};

// Per instalment: the highest level of the approved runs' lines and the first date it had it.
core::Result<std::map<std::int64_t, std::pair<int, core::Date>>> LevelsReached(
    app::UnitOfWork& uow) {
  SD_ASSIGN(auto runs, app::ReadAll(uow, Spec("dunning-runs"),
                                    {{"status", app::FilterOp::kEq, {std::string("approved")}}}));
  std::map<std::int64_t, std::pair<int, core::Date>> out;
  if (runs.empty()) return out;
  std::map<std::int64_t, core::Date> run_date;
  std::vector<app::FieldValue> ids;
  for (const auto& r : runs) {
    SD_ASSIGN(run_date[app::RecordId(r)], core::ParseDate(app::TextOf(r, "as_of")));
    ids.emplace_back(app::RecordId(r));
  }
  SD_ASSIGN(auto lines, app::ReadAll(uow, Spec("dunning-run-lines"),
                                     {{"run_id", app::FilterOp::kIn, std::move(ids)}}));
  for (const auto& l : lines) {
    const int level = static_cast<int>(app::IntOf(l, "level_after").value_or(0));
    const core::Date on = run_date[*app::IntOf(l, "run_id")];
    auto [it, fresh] = out.try_emplace(*app::IntOf(l, "instalment_id"), level, on);
    if (fresh) continue;
    if (level > it->second.first || (level == it->second.first && on < it->second.second)) {
      it->second = {level, on};
    }
  }
  return out;
}

}  // namespace

core::Result<std::vector<DunnedInstalment>> OverdueAt(app::UnitOfWork& uow, core::Date as_of) {
  // Only those open at the day (decision 0081): a settled one has nothing overdue to dun.
  std::vector<Record> invoices;
  for (const app::Filter& settled : OpenAt(as_of)) {
    SD_ASSIGN(auto open, app::ReadAll(uow, Spec("invoices"),
                                      {{"status", app::FilterOp::kEq, {std::string("posted")}},
                                       {"invoice_date", app::FilterOp::kLe, {as_of.ToString()}},
                                       settled}));
    std::move(open.begin(), open.end(), std::back_inserter(invoices));
  }
  std::sort(invoices.begin(), invoices.end(),
            [](const Record& a, const Record& b) { return app::RecordId(a) < app::RecordId(b); });
  SD_ASSIGN(auto reached, LevelsReached(uow));
  std::vector<DunnedInstalment> out;
  for (const auto& inv : invoices) {
    const std::int64_t id = app::RecordId(inv);
    const std::vector<app::Filter> of_invoice = {{"invoice_id", app::FilterOp::kEq, {id}}};
    SD_ASSIGN(auto instalments, app::ReadAll(uow, Spec("invoice-instalments"), of_invoice));
    std::sort(instalments.begin(), instalments.end(), [](const Record& a, const Record& b) {
      return app::IntOf(a, "position") < app::IntOf(b, "position");
    });
    std::vector<Settlement> settlements;
    SD_ASSIGN(auto payments, app::ReadAll(uow, Spec("payments"), of_invoice));
    std::vector<app::FieldValue> paid_ids;
    for (const auto& p : payments) paid_ids.emplace_back(app::RecordId(p));
    SD_ASSIGN(auto later, AppliedLater(uow, paid_ids));  // applied elsewhere, decision 0049
    for (const auto& p : payments) {
      SD_ASSIGN(core::Date on, core::ParseDate(app::TextOf(p, "paid_on")));
      settlements.push_back(
          {on, false, app::MoneyOf(p, "settled")->minor - later[app::RecordId(p)]});
    }
    SD_ASSIGN(auto applied_later, LaterPrincipalOf(uow, {app::FieldValue{id}}));
    for (const auto& l : applied_later) settlements.push_back({l.paid_on, false, l.amount});
    SD_ASSIGN(auto notes, app::ReadAll(uow, Spec("credit-notes"), of_invoice));
    for (const auto& n : notes) {
      if (app::TextOf(n, "status") != "posted") continue;
      SD_ASSIGN(core::Date on, core::ParseDate(app::TextOf(n, "credit_date")));
      settlements.push_back({on, true, app::MoneyOf(n, "total")->minor});
    }
    // A write-off gives principal up from its date (decision 0056): a fully written-off
    // instalment is never dunned, and interest stops on what was written off.
    SD_ASSIGN(auto write_offs, app::ReadAll(uow, Spec("invoice-write-offs"), of_invoice));
    for (const auto& w : write_offs) {
      SD_ASSIGN(core::Date on, core::ParseDate(app::TextOf(w, "written_off_on")));
      settlements.push_back({on, true, app::MoneyOf(w, "amount")->minor});
    }
    std::stable_sort(settlements.begin(), settlements.end(),
                     [](const Settlement& a, const Settlement& b) { return a.on < b.on; });
    std::vector<cb::OpenItem> items;
    std::vector<DunnedInstalment> rows;
    for (const auto& i : instalments) {
      SD_ASSIGN(core::Date due, core::ParseDate(app::TextOf(i, "due_on")));
      const std::int64_t amount = app::MoneyOf(i, "amount")->minor;
      items.push_back({.due = due, .principal = amount});
      DunnedInstalment d{.account_id = app::IntOf(inv, "account_id").value_or(0),
                         .owner_id = app::IntOf(inv, "owner_id").value_or(0),
                         .invoice_id = id,
                         .invoice_number = app::TextOf(inv, "number"),
                         .currency = app::TextOf(inv, "currency"),
                         .invoice_rate = core::Rate::FromUnits(app::IntOf(inv, "rate").value_or(0)),
                         .instalment_id = app::RecordId(i),
                         .due = due,
                         .principal = amount,
                         .open = amount};
      if (auto r = reached.find(d.instalment_id); r != reached.end()) {
        d.level = r->second.first;
        d.level_date = r->second.second;
      }
      rows.push_back(std::move(d));
    }
    // Replayed in date order, as the ageing does: what each settlement took of each instalment.
    for (const auto& s : settlements) {
      if (s.on > as_of) break;
      const cb::Application a =
          s.credit_note ? cb::ApplyCreditNote(s.amount, items) : cb::ApplyPayment(s.amount, items);
      for (const cb::Applied& x : a.applied) {
        items[x.item].principal -= x.amount;
        rows[x.item].open -= x.amount;
        rows[x.item].reductions.push_back({s.on, x.amount});
      }
    }
    for (auto& d : rows) {
      if (d.open > 0 && core::DaysBetween(d.due, as_of) >= 1) out.push_back(std::move(d));
    }
  }
  return out;
}

}  // namespace salesdesk::modules::billing
