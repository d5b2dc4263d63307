// The demo company's commission plan: a tiered plan for field reps (2 % to 20,000.00 a month,
// 3 % to 50,000.00, 4.5 % above, marginal, earned on the invoice date) with an accelerator paid
// on collected money above the monthly target (×1.5 from 100 %, ×2 from 125 % of a 1 % base
// rate). Every rep is on it with a 30,000.00 monthly target, and their statements of the closed
// months since the demo invoices were issued are computed and approved (manager, then finance),
// so a rep opens approved statements that drill down to invoice lines. So that those months
// have sales to pay on, each rep sells four orders a month in the three closed months before
// this one to their own customers, invoiced and (once 35 days have passed) paid. A few orders
// are split 60 / 40 between two reps, and one of them is partly credited today, which claws
// back in this month's draft statements of both reps (decision 0045); billing's demo bad debt,
// written off yesterday, claws back in its rep's draft of this month (decision 0056).
#include <algorithm>

#include "app/demo/demo_internal.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "core/money/currency.h"
#include "modules/billing/app/credit_note_service.h"
#include "modules/billing/app/invoice_service.h"
#include "modules/billing/app/payment_service.h"
#include "modules/commissions/app/commissions_module.h"
#include "modules/commissions/app/statement_service.h"

namespace salesdesk::modules::commissions {
namespace {

constexpr const char* kComponents =
    R"([{"name":"Revenue","base":"net","structure":"marginal","on":"amount","period":"month",)"
    R"("trigger":"invoice","tiers":[{"from":"0","rate":"2"},{"from":"20000.00","rate":"3"},)"
    R"({"from":"50000.00","rate":"4.5"}]},)"
    R"({"name":"Accelerator","base":"net","structure":"marginal","on":"attainment",)"
    R"("period":"month","trigger":"payment","rate":"1","tiers":[{"from":"0","multiplier":"0"},)"
    R"({"from":"100","multiplier":"1.5"},{"from":"125","multiplier":"2"}]}])";

std::string PeriodOf(core::Date d) {
  const auto c = d.Civil();
  return std::to_string(c.year) + (c.month < 10 ? "-0" : "-") + std::to_string(c.month);
}

struct Sale {
  std::int64_t account = 0, order = 0, total = 0;
  core::Date date;
  bool half_paid = false;
  std::vector<std::int64_t> credited;  // a split order's reps (decision 0045), else none
  std::int64_t invoice = 0;
};

// Four EUR orders a month per rep (net 3,500.00 to 15,500.00, two lines, 21 % VAT) for the rep's
// own customers, on the 5th, 12th, 19th and 26th of the three closed months before this one, so
// monthly sales cross the 20,000.00 tier and some months pass the 30,000.00 target.
core::Result<std::vector<Sale>> WriteOrders(const app::DemoContext& ctx,
                                            const std::vector<std::int64_t>& reps) {
  using app::demo::Spec;
  std::vector<app::Record> products;
  std::vector<std::vector<app::Record>> accounts;
  {
    SD_ASSIGN(auto uow, ctx.store.Read());
    SD_ASSIGN(products, app::ReadAll(*uow, Spec("products"), {}, 8));
    for (const std::int64_t rep : reps) {
      SD_ASSIGN(auto own,
                app::ReadAll(*uow, Spec("accounts"), {{"owner_id", app::FilterOp::kEq, {rep}}}, 6));
      accounts.push_back(std::move(own));
    }
  }
  std::vector<Sale> sales;
  if (products.empty()) return sales;
  const auto t = ctx.today.Civil();
  app::demo::BatchWriter writer(ctx.store, ctx.clock.Now().micros_since_epoch());
  int n = 0;
  for (std::size_t r = 0; r < reps.size(); ++r) {
    if (accounts[r].empty()) continue;
    for (int back = 3; back >= 1; --back) {
      const int month0 = t.year * 12 + (t.month - 1) - back;
      for (int k = 0; k < 4; ++k) {
        SD_ASSIGN(const core::Date date,
                  core::Date::FromCivil(month0 / 12, month0 % 12 + 1, 5 + 7 * k));
        SD_ASSIGN(const core::Date ordered, date.AddDays(-3));
        const std::int64_t net =
            350'000 + static_cast<std::int64_t>((r * 5 + back * 3 + k * 7) % 13) * 100'000;
        const std::int64_t tax = (net * 21 + 50) / 100, first = net * 3 / 5;
        const std::int64_t account = app::RecordId(accounts[r][(back + k) % accounts[r].size()]);
        SD_ASSIGN(auto order,
                  writer.Insert(Spec("sales-orders"), {{"number", "SO-COM-" + std::to_string(++n)},
                                                       {"account_id", account},
                                                       {"currency", std::string("EUR")},
                                                       {"status", std::string("confirmed")},
                                                       {"ordered_on", ordered.ToString()},
                                                       {"payment_terms_days", std::int64_t{30}},
                                                       {"untaxed", app::MoneyValue{net, "EUR"}},
                                                       {"tax", app::MoneyValue{tax, "EUR"}},
                                                       {"total", app::MoneyValue{net + tax, "EUR"}},
                                                       {"owner_id", reps[r]}}));
        for (std::int64_t pos : {1, 2}) {
          const std::int64_t line_net = pos == 1 ? first : net - first;
          SD_TRY(writer.Insert(
              Spec("sales-order-lines"),
              {{"sales_order_id", app::RecordId(order)},
               {"position", pos},
               {"product_id", app::RecordId(products[(r + pos + k) % products.size()])},
               {"quantity", std::int64_t{1000}},
               {"unit", std::string("pc")},
               {"unit_price", line_net * 10'000},  // cents → 6-decimal units, one piece
               {"tax_rate_pct", std::int64_t{210'000}},
               {"net", app::MoneyValue{line_net, "EUR"}}}));
        }
        Sale sale{account, app::RecordId(order), net + tax, date, k == 3};
        // The oldest month's first order of the first four reps is shared 60 / 40 with the next
        // rep (a joint visit); the invoice copies the split.
        if (back == 3 && k == 0 && r < 4 && reps.size() > 1) {
          sale.credited = {reps[r], reps[(r + 1) % reps.size()]};
          for (std::int64_t pos : {1, 2}) {
            SD_TRY(writer.Insert(Spec("sales-order-credit-splits"),
                                 {{"sales_order_id", app::RecordId(order)},
                                  {"position", pos},
                                  {"user_id", sale.credited[pos - 1]},
                                  {"share_bp", std::int64_t{pos == 1 ? 6000 : 4000}}}));
          }
        }
        sales.push_back(std::move(sale));
      }
    }
  }
  SD_TRY(writer.Commit());
  return sales;
}

// Invoiced on their dates; paid 35 days later when that day has passed (the month's last order
// half paid so far).
core::Result<void> InvoiceAndCollect(const app::DemoContext& ctx, std::vector<Sale>& sales) {
  const app::Caller system = app::Caller::System();
  billing::InvoiceService invoices(ctx.store, ctx.clock);
  billing::PaymentService payments(ctx.store, ctx.clock);
  const core::Date today = ctx.today;
  SD_ASSIGN(const core::Currency eur, core::ParseCurrency("EUR"));
  for (Sale& s : sales) {
    SD_ASSIGN(auto draft,
              invoices.Create(system, {.sales_order_id = s.order, .invoice_date = s.date}));
    SD_ASSIGN(auto posted, invoices.Post(system, app::RecordId(*draft.created), std::nullopt));
    s.invoice = app::RecordId(posted);
    SD_ASSIGN(const core::Date paid_on, s.date.AddDays(35));
    if (paid_on >= today) continue;
    SD_TRY(
        payments.Receive(system, {.account_id = s.account,
                                  .amount = core::Money{s.half_paid ? s.total / 2 : s.total, eur},
                                  .paid_on = paid_on,
                                  .invoice_id = app::RecordId(posted)}));
  }
  return core::Ok();
}

// Half of the first line of the first split sale returned today: its month is approved, so this
// month's drafts of both reps it credits show a negative line at the invoice's rate (C-R8).
core::Result<void> ClawBack(const app::DemoContext& ctx, const std::vector<Sale>& sales,
                            const app::Caller& payer) {
  using app::demo::Spec;
  auto split = std::find_if(sales.begin(), sales.end(),
                            [](const Sale& s) { return !s.credited.empty() && s.invoice != 0; });
  if (split == sales.end()) return core::Ok();
  std::vector<app::Record> lines;
  {
    SD_ASSIGN(auto uow, ctx.store.Read());
    SD_ASSIGN(lines, app::ReadAll(*uow, Spec("invoice-lines"),
                                  {{"invoice_id", app::FilterOp::kEq, {split->invoice}}}));
  }
  if (lines.empty()) return core::Ok();
  const auto net = app::MoneyOf(lines.front(), "net");
  billing::CreditNoteService credits(ctx.store, ctx.clock);
  const app::Caller system = app::Caller::System();
  SD_ASSIGN(auto draft,
            credits.Create(system, {.invoice_id = split->invoice,
                                    .credit_date = ctx.today,
                                    .reason = "Half of the delivery returned (joint visit order)",
                                    .lines = std::vector<billing::CreditLineRequest>{
                                        {app::RecordId(lines.front()), net->minor / 2}}}));
  SD_TRY(credits.Post(system, app::RecordId(*draft.created), std::nullopt));
  StatementService statements(ctx.store, ctx.clock);
  const std::string period = PeriodOf(ctx.today);
  for (const std::int64_t rep : split->credited) {
    SD_TRY(statements.Compute(payer, {rep, period}));
  }
  return core::Ok();
}

}  // namespace

core::Result<void> CreateDemo(const app::DemoContext& ctx) {
  using app::demo::Spec;
  const core::Date today = ctx.today;
  const auto t = today.Civil();
  SD_ASSIGN(const core::Date year_start, core::Date::FromCivil(t.year - 1, 1, 1));
  std::vector<std::int64_t> reps;
  for (std::size_t i = 0; i < ctx.org.users.size(); ++i) {
    if (ctx.org.users[i].role == "rep") reps.push_back(ctx.org.user_ids[i]);
  }
  {
    app::demo::BatchWriter writer(ctx.store, ctx.clock.Now().micros_since_epoch());
    SD_ASSIGN(auto plan,
              writer.Insert(Spec("commission-plans"),
                            {{"name", std::string("Field sales")},
                             {"currency", std::string("EUR")},
                             {"components", std::string(kComponents)},
                             {"description", std::string("Tiered on monthly invoiced revenue, with "
                                                         "an accelerator on collected money above "
                                                         "target")},
                             {"active", true}}));
    for (const std::int64_t rep : reps) {
      SD_TRY(writer.Insert(Spec("commission-assignments"),
                           {{"user_id", rep},
                            {"plan_id", app::RecordId(plan)},
                            {"valid_from", year_start.ToString()},
                            {"target", app::MoneyValue{3'000'000, "EUR"}}}));
    }
    SD_TRY(writer.Commit());
  }
  SD_ASSIGN(auto sales, WriteOrders(ctx, reps));
  SD_TRY(InvoiceAndCollect(ctx, sales));
  // The closed months from billing's demo invoices' (issued 100 days ago) to last month.
  std::vector<std::string> months;
  SD_ASSIGN(core::Date d, today.AddDays(-100));
  SD_ASSIGN(const core::Date this_month, core::Date::FromCivil(t.year, t.month, 1));
  for (auto c = d.Civil();;) {
    SD_ASSIGN(core::Date first, core::Date::FromCivil(c.year, c.month, 1));
    if (first >= this_month) break;
    months.push_back(PeriodOf(first));
    c = c.month == 12 ? core::CivilDate{c.year + 1, 1, 1} : core::CivilDate{c.year, c.month + 1, 1};
  }
  // Computed by finance, approved by the rep's team manager and then by finance, as in use.
  app::Caller finance{.user_id = 0, .role = app::Role::kFinance};
  for (std::size_t i = 0; i < ctx.org.users.size(); ++i) {
    if (ctx.org.users[i].role == "finance") finance.user_id = ctx.org.user_ids[i];
  }
  const app::Caller system = app::Caller::System();
  StatementService statements(ctx.store, ctx.clock);
  for (const std::int64_t rep : reps) {
    app::Caller manager = system;
    for (const auto& team : ctx.org.sales_teams) {
      const bool member =
          std::find(team.rep_ids.begin(), team.rep_ids.end(), rep) != team.rep_ids.end();
      if (member && team.manager_id != 0)
        manager = {.user_id = team.manager_id, .role = app::Role::kManager};
    }
    const app::Caller& payer = finance.user_id != 0 ? finance : system;
    for (const auto& period : months) {
      SD_ASSIGN(auto draft, statements.Compute(payer, {rep, period}));
      const std::int64_t id = app::RecordId(*draft.created);
      SD_TRY(statements.Approve(manager, id, std::nullopt));
      SD_TRY(statements.Approve(payer, id, std::nullopt));
    }
  }
  const app::Caller& payer = finance.user_id != 0 ? finance : system;
  SD_TRY(ClawBack(ctx, sales, payer));
  std::vector<app::Record> written_off;
  {
    SD_ASSIGN(auto uow, ctx.store.Read());
    SD_ASSIGN(written_off, app::ReadAll(*uow, Spec("invoice-write-offs"), {}));
  }
  for (const auto& w : written_off) {
    const std::int64_t rep = app::IntOf(w, "owner_id").value_or(0);
    if (std::find(reps.begin(), reps.end(), rep) == reps.end()) continue;
    SD_TRY(statements.Compute(payer, {rep, PeriodOf(today)}));
  }
  return core::Ok();
}

}  // namespace salesdesk::modules::commissions
