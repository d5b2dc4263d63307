#include "modules/billing/app/invoice_balance.h"

#include <algorithm>
#include <map>

#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/billing/app/billing_records.h"

namespace salesdesk::modules::billing {

using app::Record;

core::Result<InvoiceBalance> BalanceOf(app::UnitOfWork& uow, const Record& invoice) {
  const std::int64_t invoice_id = app::RecordId(invoice);
  const std::vector<app::Filter> of_invoice = {{"invoice_id", app::FilterOp::kEq, {invoice_id}}};
  InvoiceBalance b;
  b.outstanding = app::MoneyOf(invoice, "total")->minor;
  b.carrying = app::MoneyOf(invoice, "base_total").value_or(app::MoneyValue{}).minor;
  SD_ASSIGN(b.instalments, app::ReadAll(uow, Spec("invoice-instalments"), of_invoice));
  std::sort(b.instalments.begin(), b.instalments.end(), [](const Record& x, const Record& y) {
    return app::IntOf(x, "position") < app::IntOf(y, "position");
  });
  // The outstanding is what the allocations took: a payment's unapplied part applied later
  // (by_application, decision 0049) reduces this invoice without naming it as its invoice, and
  // carries the base it relieved on its own rows.
  std::map<std::int64_t, std::int64_t> taken;  // instalment → principal taken
  for (const char* kind :
       {"payment-allocations", "credit-note-allocations", "invoice-write-off-allocations"}) {
    SD_ASSIGN(auto allocations, app::ReadAll(uow, Spec(kind), of_invoice));
    for (const auto& a : allocations) {
      const std::int64_t amount = app::MoneyOf(a, "amount")->minor;
      taken[*app::IntOf(a, "instalment_id")] += amount;
      b.outstanding -= amount;
      if (auto r = app::MoneyOf(a, "relieved_base")) b.carrying -= r->minor;
    }
  }
  SD_ASSIGN(auto payments, app::ReadAll(uow, Spec("payments"), of_invoice));
  SD_ASSIGN(auto notes, app::ReadAll(uow, Spec("credit-notes"),
                                     {{"invoice_id", app::FilterOp::kEq, {invoice_id}},
                                      {"status", app::FilterOp::kEq, {std::string("posted")}}}));
  SD_ASSIGN(auto write_offs, app::ReadAll(uow, Spec("invoice-write-offs"), of_invoice));
  for (const auto* settlements : {&payments, &notes, &write_offs}) {
    for (const auto& s : *settlements) {
      if (auto r = app::MoneyOf(s, "relieved_base")) b.carrying -= r->minor;
    }
  }
  for (const auto& i : b.instalments) {
    SD_ASSIGN(core::Date due, core::ParseDate(app::TextOf(i, "due_on")));
    b.items.push_back(
        {.due = due, .principal = app::MoneyOf(i, "amount")->minor - taken[app::RecordId(i)]});
  }
  return b;
}

Allocations AllocationsOf(const InvoiceBalance& balance, const Record& invoice,
                          const core::billing::Application& application) {
  Allocations out;
  const std::string currency = app::TextOf(invoice, "currency");
  for (const auto& a : application.applied) {
    out.records.push_back({{"invoice_id", app::RecordId(invoice)},
                           {"instalment_id", app::RecordId(balance.instalments[a.item])},
                           {"amount", app::MoneyValue{a.amount, currency}}});
    out.total += a.amount;
  }
  return out;
}

}  // namespace salesdesk::modules::billing
