// The demo company's payment terms: the usual ones of its markets (net 30, end of month + 30,
// a deposit with the rest on delivery terms, three equal instalments). Then the confirmed demo
// orders are invoiced 100 days back in three instalments and part-paid, so finance's ageing
// has overdue and open amounts, and one payment stays unapplied on a customer.
#include "app/demo/demo_internal.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "core/money/currency.h"
#include "modules/billing/app/billing_module.h"
#include "modules/billing/app/credit_note_service.h"
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

// A tenth of the invoice's first line returned, credited ten days after the invoice.
core::Result<void> CreditReturnedGoods(const app::DemoContext& ctx, CreditNoteService& credits,
                                       const app::Record& invoice, core::Date invoiced_on) {
  using app::demo::Spec;
  std::vector<app::Record> lines;
  {
    SD_ASSIGN(auto uow, ctx.store.Read());
    SD_ASSIGN(lines, app::ReadAll(*uow, Spec("invoice-lines"),
                                  {{"invoice_id", app::FilterOp::kEq, {app::RecordId(invoice)}},
                                   {"position", app::FilterOp::kEq, {std::int64_t{1}}}}));
  }
  if (lines.empty()) return core::Ok();
  const std::int64_t net =
      app::MoneyOf(lines.front(), "net").value_or(app::MoneyValue{}).minor / 10;
  if (net <= 0) return core::Ok();
  CreditNoteRequest note{
      .invoice_id = app::RecordId(invoice),
      .credit_date = invoiced_on.AddDays(10).value(),
      .reason = "Goods returned: damaged in transit",
      .lines = std::vector<CreditLineRequest>{{app::RecordId(lines.front()), net}}};
  SD_ASSIGN(auto draft, credits.Create(app::Caller::System(), note));
  SD_TRY(credits.Post(app::Caller::System(), app::RecordId(*draft.created), std::nullopt));
  return core::Ok();
}

// Each confirmed order invoiced 100, 40 or 190 days back in turn, in three instalments (end of
// month + 30, + 60, + 90), so the ageing fills every bucket from not due to > 90 days; a
// third of each is paid. Every fourth invoice gets a posted credit note for a tenth of its
// first line (goods returned), applied to its oldest open instalment.
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
  const core::Date today = ctx.today;
  CreditNoteService credits(ctx.store, ctx.clock);
  int n = 0;
  for (const auto& order : orders) {
    if (app::TextOf(order, "credit_hold") == "held") continue;  // waits for finance
    constexpr int kDaysBack[] = {100, 40, 190};
    SD_ASSIGN(core::Date invoiced_on, today.AddDays(-kDaysBack[n % 3]));
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
    if (n++ % 4 == 0) SD_TRY(CreditReturnedGoods(ctx, credits, posted, invoiced_on));
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
  SD_TRY(CreateDemoOrders(ctx));
  SD_TRY(InvoiceDemoOrders(ctx));
  SD_TRY(CreateDunningDemo(ctx));
  SD_TRY(CreateFinanceDemo(ctx));
  return CreateCreditHoldDemo(ctx);
}

}  // namespace salesdesk::modules::billing
