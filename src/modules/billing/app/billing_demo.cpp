// The demo company's payment terms: the usual ones of its markets (net 30, end of month + 30,
// a deposit with the rest on delivery terms, three equal instalments). Then the confirmed demo
// orders are invoiced 100 days back in three instalments and part-paid, so finance's ageing
// has overdue and open amounts, and one payment stays unapplied on a customer.
#include "app/demo/demo_internal.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "core/money/currency.h"
#include "modules/billing/app/billing_module.h"
#include "modules/billing/app/invoice_service.h"
#include "modules/billing/app/payment_service.h"

namespace salesdesk::modules::billing {
namespace {

struct DemoTerms {
  const char* name;
  const char* lines;
  const char* description;
};

constexpr DemoTerms kTerms[] = {
    {"Net 30", R"([{"portion":1,"rule":"days_after_invoice","days":30}])",
     "The whole amount 30 days after the invoice date"},
    {"Net 60", R"([{"portion":1,"rule":"days_after_invoice","days":60}])",
     "Public hospitals and framework contracts"},
    {"End of month + 30", R"([{"portion":1,"rule":"end_of_month_plus","days":30}])",
     "Customary in Spain and France"},
    {"30 % now, 70 % in 60 days",
     R"([{"portion":30,"rule":"days_after_invoice","days":0},)"
     R"({"portion":70,"rule":"days_after_invoice","days":60}])",
     "Equipment orders: a deposit, the rest after installation"},
    {"Three equal instalments",
     R"([{"portion":1,"rule":"end_of_month_plus","days":30},)"
     R"({"portion":1,"rule":"end_of_month_plus","days":60},)"
     R"({"portion":1,"rule":"end_of_month_plus","days":90}])",
     "Large orders by agreement with finance"},
};

// Each confirmed order invoiced on today − 100 days in three instalments (end of month + 30,
// + 60, + 90: overdue by about 40 and 10 days, and one not due yet), the first paid.
core::Result<void> InvoiceDemoOrders(const app::DemoContext& ctx) {
  using app::demo::Spec;
  const app::Caller system = app::Caller::System();
  InvoiceService invoices(ctx.store, ctx.clock);
  PaymentService payments(ctx.store, ctx.clock);
  std::vector<app::Record> orders, thirds;
  {
    SD_ASSIGN(auto uow, ctx.store.Read());
    SD_ASSIGN(orders, app::ReadAll(*uow, Spec("sales-orders"),
                                   {{"status", app::FilterOp::kEq, {std::string("confirmed")}}}));
    SD_ASSIGN(
        thirds,
        app::ReadAll(*uow, Spec("payment-terms"),
                     {{"name", app::FilterOp::kEq, {std::string("Three equal instalments")}}}));
  }
  const core::Date today = ctx.clock.Now().UtcDate();
  SD_ASSIGN(core::Date invoiced_on, today.AddDays(-100));
  for (const auto& order : orders) {
    InvoiceRequest in{.sales_order_id = app::RecordId(order), .invoice_date = invoiced_on};
    if (!thirds.empty()) in.payment_term_id = app::RecordId(thirds.front());
    SD_ASSIGN(auto draft, invoices.Create(system, in));
    SD_ASSIGN(auto posted, invoices.Post(system, app::RecordId(*draft.created), std::nullopt));
    const auto total = app::MoneyOf(posted, "total");
    if (!total || total->minor < 20) continue;
    SD_ASSIGN(core::Currency currency, core::ParseCurrency(total->currency));
    PaymentRequest paid{.account_id = *app::IntOf(posted, "account_id"),
                        .amount = core::Money{total->minor / 3, currency},
                        .paid_on = today.AddDays(-20).value(),
                        .invoice_id = app::RecordId(posted)};
    SD_TRY(payments.Receive(system, paid));
    // A transfer without a reference: credit left on the customer until finance applies it.
    PaymentRequest loose{.account_id = paid.account_id,
                         .amount = core::Money{total->minor / 20, currency},
                         .paid_on = today.AddDays(-5).value()};
    SD_TRY(payments.Receive(system, loose));
  }
  return core::Ok();
}

}  // namespace

core::Result<void> CreateDemo(const app::DemoContext& ctx) {
  using app::demo::Spec;
  app::demo::BatchWriter writer(ctx.store, ctx.clock.Now().micros_since_epoch());
  for (const DemoTerms& t : kTerms) {
    SD_TRY(writer.Insert(Spec("payment-terms"), {{"name", std::string(t.name)},
                                                 {"lines", std::string(t.lines)},
                                                 {"description", std::string(t.description)},
                                                 {"active", true}}));
  }
  SD_TRY(writer.Commit());
  return InvoiceDemoOrders(ctx);
}

}  // namespace salesdesk::modules::billing
