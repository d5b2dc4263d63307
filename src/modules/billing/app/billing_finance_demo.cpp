// The demo company's finance settings and promises to pay (decision 0049): the bank printed on
// invoices and letters, and three promises on three customers' invoices — one kept (the
// payment 20 days ago covered it), one broken three days ago (only the small transfer came; the
// rep has a task), one open for four days from now (finance's week); and the rest of one more
// customer's invoice written off yesterday as bad debt (decision 0056).
#include <algorithm>
#include <set>

#include "app/demo/demo_internal.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/billing/app/billing_module.h"
#include "modules/billing/app/billing_records.h"
#include "modules/billing/app/payment_promises.h"
#include "modules/billing/app/write_off_service.h"

namespace salesdesk::modules::billing {

core::Result<void> CreateFinanceDemo(const app::DemoContext& ctx) {
  std::vector<app::Record> invoices;
  {
    SD_ASSIGN(auto uow, ctx.store.Read());
    SD_ASSIGN(invoices, app::ReadAll(*uow, Spec("invoices"),
                                     {{"status", app::FilterOp::kEq, {std::string("posted")}}}));
  }
  std::sort(invoices.begin(), invoices.end(), [](const app::Record& a, const app::Record& b) {
    return app::RecordId(a) < app::RecordId(b);
  });
  const core::Date today = ctx.today;
  auto day = [&](int d) { return today.AddDays(d).value().ToString(); };
  app::demo::BatchWriter writer(ctx.store, ctx.clock.Now().micros_since_epoch());
  SD_TRY(writer.Insert(Spec("billing-settings"),
                       {{"scope", std::string("company")},
                        {"application_order", std::string("principal_first")},
                        {"bank_name", std::string("CaixaBank")},
                        {"iban", std::string("ES9121000418450200051332")},
                        {"bic", std::string("CAIXESBBXXX")}}));
  struct Promise {
    int made, promised;
    std::int64_t divisor;  // the amount: the invoice's total ÷ this
    const char* note;
  };
  // Kept: a third was paid 20 days ago (the demo's payment). Broken: half, while only a
  // twentieth came 5 days ago. Open: a quarter in four days.
  const Promise kPromises[] = {
      {-25, -18, 3, "Accounts payable confirmed the first third by the end of the week"},
      {-10, -3, 2, "The controller promised half after the month-end close"},
      {-2, 4, 4, "Will transfer a quarter on Friday, the rest with the next budget"}};
  std::set<std::int64_t> used;
  std::size_t next = 0;
  for (const Promise& p : kPromises) {
    while (next < invoices.size() &&
           used.count(app::IntOf(invoices[next], "account_id").value_or(0))) {
      ++next;
    }
    if (next >= invoices.size()) break;
    const app::Record& inv = invoices[next++];
    const std::int64_t account = app::IntOf(inv, "account_id").value_or(0);
    used.insert(account);
    const auto total = *app::MoneyOf(inv, "total");
    SD_TRY(writer.Insert(Spec("payment-promises"),
                         {{"account_id", account},
                          {"invoice_id", app::RecordId(inv)},
                          {"amount", app::MoneyValue{total.minor / p.divisor, total.currency}},
                          {"made_on", day(p.made)},
                          {"promised_on", day(p.promised)},
                          {"note", std::string(p.note)},
                          {"status", std::string("open")},
                          {"owner_id", inv.at("owner_id")}}));
  }
  SD_TRY(writer.Commit());
  // Today's evaluation: the first is kept, the second broken with the rep's task.
  SD_TRY(EvaluatePaymentPromises(ctx.store, ctx.clock));
  // Bad debt: the next customer without a promise went insolvent; what its latest invoice still
  // owes is written off yesterday (its rep's statement claws the commission back).
  while (next < invoices.size() &&
         used.count(app::IntOf(invoices[next], "account_id").value_or(0))) {
    ++next;
  }
  if (next >= invoices.size()) return core::Ok();
  const app::Caller system = app::Caller::System();
  WriteOffService write_offs(ctx.store, ctx.clock);
  const std::int64_t id = app::RecordId(invoices[next]);
  SD_ASSIGN(InvoiceOpen open, write_offs.OpenOf(system, id));
  if (open.open <= 0) return core::Ok();
  WriteOffRequest bad_debt{.invoice_id = id,
                           .amount = open.open,
                           .reason =
                               "Customer insolvent: insolvency proceedings opened, no "
                               "dividend expected",
                           .written_off_on = today.AddDays(-1).value()};
  SD_TRY(write_offs.Create(system, bad_debt, std::nullopt));
  return core::Ok();
}

}  // namespace salesdesk::modules::billing
