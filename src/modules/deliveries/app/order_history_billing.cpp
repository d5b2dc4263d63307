// Writing the history's billing documents as billing's services store them: a posted invoice
// with the order's lines (cost snapshot, C-R6), its instalments, its rate and base (E-R6); a
// posted credit note with its line and allocations; payments with their allocations, settled
// amount, applied and unapplied parts and realised FX. Numbers come from billing's series.
#include <map>

#include "app/demo/demo_internal.h"
#include "app/records/record_fields.h"
#include "modules/billing/app/billing_records.h"
#include "modules/billing/app/invoice_settled_on.h"
#include "modules/deliveries/app/order_history_write.h"

namespace salesdesk::modules::deliveries::history {
namespace {

using app::MoneyValue;
using app::Record;
using app::demo::Spec;
using I = std::int64_t;

I At(core::Date d, I now_us) { return std::min(now_us, d.days_since_epoch() * kDayUs); }

}  // namespace

core::Result<void> WriteInvoices(app::UnitOfWork& uow, const Inputs& in, I now_us,
                                 const std::vector<Order>& orders, const std::vector<I>& order_ids,
                                 HistoryCounts& counts) {
  const std::string base = in.rates->base_currency;
  std::vector<std::size_t> invoiced;  // order indices, parallel to the invoice rows
  Rows invoices;
  for (std::size_t i = 0; i < orders.size(); ++i) {
    const Order& o = orders[i];
    if (!o.invoice) continue;
    const InvoicePlan& inv = *o.invoice;
    const Customer& c = in.customers[o.customer];
    SD_ASSIGN(std::string number, billing::NextDocumentNumber(uow, "INV", inv.date.Civil().year));
    invoices.Add({{"number", number},
                  {"sales_order_id", order_ids[i]},
                  {"account_id", c.id},
                  {"currency", o.currency},
                  {"status", std::string("posted")},
                  {"invoice_date", inv.date.ToString()},
                  {"payment_term_id", in.terms[inv.terms].id},
                  {"untaxed", In(o.currency, o.untaxed)},
                  {"tax", In(o.currency, o.tax)},
                  {"total", In(o.currency, o.total)},
                  {"rate", inv.rate},
                  {"base_total", MoneyValue{inv.base_total, base}},
                  {"posted_at", At(inv.date, now_us)},
                  {"owner_id", c.owner}},
                 inv.date);
    invoiced.push_back(i);
  }
  SD_ASSIGN(auto invoice_ids, InsertDated(uow, Spec("invoices"), invoices, now_us));

  Rows lines, instalments;
  for (std::size_t k = 0; k < invoiced.size(); ++k) {
    const Order& o = orders[invoiced[k]];
    I position = 0;
    for (const auto& l : o.lines) {
      const Product& p = in.products[l.product];
      Record line{{"invoice_id", invoice_ids[k]}, {"position", ++position},
                  {"product_id", p.id},           {"description", p.name},
                  {"quantity", l.quantity},       {"unit", p.unit},
                  {"unit_price", l.unit_price},   {"tax_rate_pct", o.tax_rate},
                  {"net", In(o.currency, l.net)}};
      // Every row of one multi-row statement has the same fields: a product without a cost
      // stores a null cost rather than leaving the field out.
      line["cost"] = p.cost_currency.empty()
                         ? app::FieldValue{std::monostate{}}
                         : app::FieldValue{MoneyValue{p.cost_minor, p.cost_currency}};
      lines.Add(std::move(line), o.invoice->date);
    }
    I n = 0;
    for (const auto& i : o.invoice->instalments) {
      instalments.Add({{"invoice_id", invoice_ids[k]},
                       {"position", ++n},
                       {"due_on", i.due.ToString()},
                       {"amount", In(o.currency, i.amount)}},
                      o.invoice->date);
    }
  }
  SD_ASSIGN(auto invoice_line_ids, InsertDated(uow, Spec("invoice-lines"), lines, now_us));
  SD_ASSIGN(auto instalment_ids,
            InsertDated(uow, Spec("invoice-instalments"), instalments, now_us));

  // Where each invoice's first line and first instalment landed.
  std::vector<std::size_t> first_line(invoiced.size()), first_instalment(invoiced.size());
  for (std::size_t k = 0, l = 0, m = 0; k < invoiced.size(); ++k) {
    first_line[k] = l;
    first_instalment[k] = m;
    l += orders[invoiced[k]].lines.size();
    m += orders[invoiced[k]].invoice->instalments.size();
  }

  Rows notes, payments;
  std::vector<std::size_t> credited, paid_invoice;  // invoice index per note / payment row
  std::vector<const PaymentPlan*> paid;
  for (std::size_t k = 0; k < invoiced.size(); ++k) {
    const Order& o = orders[invoiced[k]];
    const InvoicePlan& inv = *o.invoice;
    const Customer& c = in.customers[o.customer];
    if (inv.credit) {
      const CreditPlan& cn = *inv.credit;
      SD_ASSIGN(std::string number, billing::NextDocumentNumber(uow, "CN", cn.date.Civil().year));
      notes.Add({{"number", number},
                 {"invoice_id", invoice_ids[k]},
                 {"account_id", c.id},
                 {"currency", o.currency},
                 {"status", std::string("posted")},
                 {"credit_date", cn.date.ToString()},
                 {"reason", std::string("Goods returned: damaged in transit")},
                 {"untaxed", In(o.currency, cn.net)},
                 {"tax", In(o.currency, cn.tax)},
                 {"total", In(o.currency, cn.total)},
                 {"applied", In(o.currency, cn.applied)},
                 {"unapplied", In(o.currency, cn.total - cn.applied)},
                 {"relieved_base", MoneyValue{cn.relieved_base, base}},
                 {"posted_at", At(cn.date, now_us)},
                 {"owner_id", c.owner}},
                cn.date);
      credited.push_back(k);
    }
    for (const auto& p : inv.payments) {
      payments.Add({{"account_id", c.id},
                    {"invoice_id", invoice_ids[k]},
                    {"paid_on", p.paid_on.ToString()},
                    {"amount", MoneyValue{p.amount, p.currency}},
                    {"settled", In(o.currency, p.settled)},
                    {"applied", In(o.currency, p.applied)},
                    {"unapplied", In(o.currency, p.settled - p.applied)},
                    {"relieved_base", MoneyValue{p.relieved_base, base}},
                    {"settlement_base", MoneyValue{p.settlement_base, base}},
                    {"realised_fx", MoneyValue{p.settlement_base - p.relieved_base, base}},
                    {"owner_id", c.owner}},
                   p.paid_on);
      paid_invoice.push_back(k);
      paid.push_back(&p);
    }
  }
  SD_ASSIGN(auto note_ids, InsertDated(uow, Spec("credit-notes"), notes, now_us));
  SD_ASSIGN(auto payment_ids, InsertDated(uow, Spec("payments"), payments, now_us));

  Rows note_lines, note_allocations, payment_allocations;
  for (std::size_t n = 0; n < note_ids.size(); ++n) {
    const std::size_t k = credited[n];
    const Order& o = orders[invoiced[k]];
    const CreditPlan& cn = *o.invoice->credit;
    note_lines.Add({{"credit_note_id", note_ids[n]},
                    {"invoice_line_id", invoice_line_ids[first_line[k]]},
                    {"position", I{1}},
                    {"net", In(o.currency, cn.net)},
                    {"tax_rate_pct", o.tax_rate}},
                   cn.date);
    for (const auto& a : cn.allocations) {
      note_allocations.Add({{"credit_note_id", note_ids[n]},
                            {"invoice_id", invoice_ids[k]},
                            {"instalment_id", instalment_ids[first_instalment[k] + a.instalment]},
                            {"amount", In(o.currency, a.amount)}},
                           cn.date);
    }
  }
  for (std::size_t n = 0; n < payment_ids.size(); ++n) {
    const std::size_t k = paid_invoice[n];
    const Order& o = orders[invoiced[k]];
    for (const auto& a : paid[n]->allocations) {
      payment_allocations.Add(
          {{"payment_id", payment_ids[n]},
           {"invoice_id", invoice_ids[k]},
           {"instalment_id", instalment_ids[first_instalment[k] + a.instalment]},
           {"amount", In(o.currency, a.amount)}},
          paid[n]->paid_on);
    }
  }
  SD_TRY(InsertDated(uow, Spec("credit-note-lines"), note_lines, now_us));
  SD_TRY(InsertDated(uow, Spec("credit-note-allocations"), note_allocations, now_us));
  SD_TRY(InsertDated(uow, Spec("payment-allocations"), payment_allocations, now_us));
  // The only writer here (the demo): what changed is enough (invoice_settled_on.h).
  SD_TRY(billing::RefreshSettledOn(uow, invoice_ids, now_us, billing::SettledWrite::kChanged));
  counts.invoices += static_cast<I>(invoice_ids.size());
  counts.credit_notes += static_cast<I>(note_ids.size());
  counts.payments += static_cast<I>(payment_ids.size());
  return core::Ok();
}

}  // namespace salesdesk::modules::deliveries::history
