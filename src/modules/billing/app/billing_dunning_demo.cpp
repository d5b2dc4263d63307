// The demo company's dunning: three levels with letters in the four languages of its markets
// (a friendly reminder, a second one with interest and a fee and a task for the rep, a final
// notice that asks to hold new orders), runs four and two weeks ago approved (claims, the
// reps' tasks) and today's run proposed for finance to approve.
#include <boost/json.hpp>

#include "app/demo/demo_internal.h"
#include "core/money/currency.h"
#include "core/money/money.h"
#include "modules/billing/app/billing_module.h"
#include "modules/billing/app/dunning_service.h"
#include "modules/sales/app/pricing_source.h"

namespace salesdesk::modules::billing {
namespace {

struct DemoLevel {
  int min_days_past_due, min_days_since_previous;
  const char* fee;  // in the base currency
  bool task, hold;
  const char* name;
  const char* en;
  const char* de;
  const char* es;
  const char* zh;
};

constexpr DemoLevel kLevels[] = {
    {7, 0, "0", false, false, "Payment reminder",
     "Dear {customer}, our invoice {invoice_no} of {outstanding} was due on {due_date}. It may "
     "have been overlooked: please pay it within the next few days.",
     "Sehr geehrte Damen und Herren ({customer}), unsere Rechnung {invoice_no} über {outstanding} "
     "war am {due_date} fällig. Bitte überweisen Sie den Betrag in den nächsten Tagen.",
     "Estimados señores de {customer}: nuestra factura {invoice_no} por {outstanding} venció el "
     "{due_date}. Les rogamos que la abonen en los próximos días.",
     "{customer}，您好：我们的发票 {invoice_no}（金额 {outstanding}）已于 {due_date} 到期，"
     "请在近日内付款。"},
    {21, 14, "5", true, false, "Second reminder",
     "Dear {customer}, invoice {invoice_no} (due {due_date}) is still open: {outstanding}, "
     "default interest {interest} and a reminder fee of {fee}, in total {total}.",
     "Sehr geehrte Damen und Herren ({customer}), die Rechnung {invoice_no} (fällig am "
     "{due_date}) ist weiterhin offen: {outstanding}, Verzugszinsen {interest} und Mahngebühr "
     "{fee}, insgesamt {total}.",
     "Estimados señores de {customer}: la factura {invoice_no} (vencida el {due_date}) sigue "
     "pendiente: {outstanding}, intereses de demora {interest} y gastos {fee}, en total {total}.",
     "{customer}，您好：发票 {invoice_no}（{due_date} 到期）仍未付清：{outstanding}，"
     "逾期利息 {interest}，催款费 {fee}，合计 {total}。"},
    {35, 14, "10", true, true, "Final notice",
     "Dear {customer}, despite two reminders invoice {invoice_no} remains unpaid ({total} with "
     "interest and fees). New orders are on hold until it is settled.",
     "Sehr geehrte Damen und Herren ({customer}), trotz zweier Mahnungen ist die Rechnung "
     "{invoice_no} unbezahlt ({total} mit Zinsen und Gebühren). Neue Aufträge halten wir bis "
     "zum Ausgleich zurück.",
     "Estimados señores de {customer}: pese a dos recordatorios, la factura {invoice_no} sigue "
     "impagada ({total} con intereses y gastos). Retendremos los nuevos pedidos hasta su pago.",
     "{customer}，您好：经两次催款，发票 {invoice_no} 仍未付款（含利息及费用共 {total}）。"
     "在付清之前，新订单将暂缓处理。"},
};

}  // namespace

core::Result<void> CreateDunningDemo(const app::DemoContext& ctx) {
  using app::demo::Spec;
  std::string base;
  {
    SD_ASSIGN(auto uow, ctx.store.Read());
    SD_ASSIGN(auto rates, app::sales::LoadExchangeRates(*uow));
    base = rates.base_currency;
  }
  app::demo::BatchWriter writer(ctx.store, ctx.clock.Now().micros_since_epoch());
  std::int64_t level = 0;
  for (const DemoLevel& l : kLevels) {
    const std::string texts = boost::json::serialize(
        boost::json::object{{"en", l.en}, {"de", l.de}, {"es", l.es}, {"zh", l.zh}});
    SD_ASSIGN(core::Currency currency, core::ParseCurrency(base));
    SD_ASSIGN(core::Money fee, core::ParseMoney(l.fee, currency));
    SD_TRY(writer.Insert(Spec("dunning-levels"),
                         {{"level", ++level},
                          {"name", std::string(l.name)},
                          {"min_days_past_due", std::int64_t{l.min_days_past_due}},
                          {"min_days_since_previous", std::int64_t{l.min_days_since_previous}},
                          {"fee", app::MoneyValue{fee.minor, base}},
                          {"annual_rate_pct", std::int64_t{91'200}},  // 9.12 % a year
                          {"texts", texts},
                          {"creates_task", l.task},
                          {"credit_hold", l.hold}}));
  }
  SD_TRY(writer.Commit());
  DunningService dunning(ctx.store, ctx.clock);
  const app::Caller system = app::Caller::System();
  const core::Date today = ctx.today;
  // Four and two weeks back, approved (the second raises level 2: fees and the reps' tasks).
  for (int weeks : {4, 2}) {
    SD_ASSIGN(auto earlier, dunning.Propose(system, today.AddDays(-7 * weeks).value()));
    SD_TRY(dunning.Approve(system, app::RecordId(*earlier.created), std::nullopt));
  }
  SD_TRY(dunning.Propose(system, today));
  return core::Ok();
}

}  // namespace salesdesk::modules::billing
