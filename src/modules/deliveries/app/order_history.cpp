// Writing the order-to-cash history: month by month, each month's documents in one transaction
// through the record repository's multi-row inserts, numbered from the documents' own series
// (gapless per series and year), each row created at its document's date. What the services
// would add and this leaves out — audit rows, idempotency keys, the per-document checks of data
// it has just planned itself — is listed in decision 0050.
#include "modules/deliveries/app/order_history.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <set>
#include <string>

#include "app/demo/demo_internal.h"
#include "app/records/record_fields.h"
#include "modules/billing/app/billing_records.h"
#include "modules/deliveries/app/order_history_inputs.h"
#include "modules/deliveries/app/order_history_write.h"
#include "modules/sales/app/quote_records.h"

namespace salesdesk::modules::deliveries {
namespace {

using app::MoneyValue;
using app::Record;
using app::demo::Spec;
using I = std::int64_t;
namespace h = history;
using h::In;
using h::InsertDated;
using h::kDayUs;
using h::Rows;

constexpr const char* kCarriers[] = {"DHL Express", "DB Schenker", "UPS", "SEUR", "GLS"};

class MonthWriter {
 public:
  MonthWriter(app::UnitOfWork& uow, const h::Inputs& in, I now_us)
      : uow_(uow), in_(in), now_(now_us) {}

  core::Result<void> Write(const std::vector<h::Order>& orders, HistoryCounts& counts) {
    SD_ASSIGN(auto order_ids, Orders(orders));
    SD_ASSIGN(auto line_ids, Lines(orders, order_ids));
    SD_TRY(Deliveries(orders, order_ids, line_ids));
    SD_TRY(h::WriteInvoices(uow_, in_, now_, orders, order_ids, counts));
    counts.orders += static_cast<I>(orders.size());
    for (const auto& o : orders) {
      counts.lines += static_cast<I>(o.lines.size());
      counts.deliveries += static_cast<I>(o.deliveries.size());
    }
    return core::Ok();
  }

 private:
  const h::Customer& CustomerOf(const h::Order& o) const { return in_.customers[o.customer]; }

  core::Result<std::vector<I>> Orders(const std::vector<h::Order>& orders) {
    Rows rows;
    for (const auto& o : orders) {
      SD_ASSIGN(std::string number, app::sales::NextDocumentNumber(uow_, "SO", o.ordered_on));
      const I at = std::min(now_, o.ordered_on.days_since_epoch() * kDayUs);
      rows.Add({{"number", number},
                {"account_id", CustomerOf(o).id},
                {"currency", o.currency},
                {"status", std::string("confirmed")},
                {"ordered_on", o.ordered_on.ToString()},
                {"payment_terms_days", I{30}},
                {"incoterm", std::string("DAP")},
                {"untaxed", In(o.currency, o.untaxed)},
                {"tax", In(o.currency, o.tax)},
                {"total", In(o.currency, o.total)},
                {"confirmed_at", at},
                {"owner_id", CustomerOf(o).owner}},
               o.ordered_on);
    }
    return InsertDated(uow_, Spec("sales-orders"), rows, now_);
  }

  // Line ids per order, in line order.
  core::Result<std::vector<std::vector<I>>> Lines(const std::vector<h::Order>& orders,
                                                  const std::vector<I>& order_ids) {
    Rows rows;
    for (std::size_t i = 0; i < orders.size(); ++i) {
      I position = 0;
      for (const auto& l : orders[i].lines) {
        const h::Product& p = in_.products[l.product];
        rows.Add({{"sales_order_id", order_ids[i]},
                  {"position", ++position},
                  {"product_id", p.id},
                  {"description", p.name},
                  {"quantity", l.quantity},
                  {"unit", p.unit},
                  {"unit_price", l.unit_price},
                  {"tax_rate_pct", orders[i].tax_rate},
                  {"net", In(orders[i].currency, l.net)}},
                 orders[i].ordered_on);
      }
    }
    SD_ASSIGN(auto ids, InsertDated(uow_, Spec("sales-order-lines"), rows, now_));
    std::vector<std::vector<I>> out;
    std::size_t next = 0;
    for (const auto& o : orders) {
      out.emplace_back(ids.begin() + next, ids.begin() + next + o.lines.size());
      next += o.lines.size();
    }
    return out;
  }

  core::Result<void> Deliveries(const std::vector<h::Order>& orders,
                                const std::vector<I>& order_ids,
                                const std::vector<std::vector<I>>& line_ids) {
    Rows notes;
    std::vector<std::pair<std::size_t, std::size_t>> which;  // (order, delivery)
    for (std::size_t i = 0; i < orders.size(); ++i) {
      for (std::size_t d = 0; d < orders[i].deliveries.size(); ++d) {
        const core::Date on = orders[i].deliveries[d].shipped_on;
        SD_ASSIGN(std::string number, billing::NextDocumentNumber(uow_, "DN", on.Civil().year));
        const std::size_t n = static_cast<std::size_t>(order_ids[i]);
        notes.Add({{"number", number},
                   {"sales_order_id", order_ids[i]},
                   {"account_id", CustomerOf(orders[i]).id},
                   {"status", std::string("shipped")},
                   {"shipped_on", on.ToString()},
                   {"carrier", std::string(kCarriers[n % 5])},
                   {"tracking", "TRK" + std::to_string(1'000'000 + n * 10 + d)},
                   {"shipped_at", std::min(now_, on.days_since_epoch() * kDayUs)},
                   {"owner_id", CustomerOf(orders[i]).owner}},
                  on);
        which.push_back({i, d});
      }
    }
    SD_ASSIGN(auto ids, InsertDated(uow_, Spec("deliveries"), notes, now_));
    Rows lines;
    for (std::size_t k = 0; k < ids.size(); ++k) {
      const auto& [i, d] = which[k];
      const h::DeliveryPlan& plan = orders[i].deliveries[d];
      I position = 0;
      for (const auto& [line, quantity] : plan.lines) {
        const h::Product& p = in_.products[orders[i].lines[line].product];
        lines.Add({{"delivery_id", ids[k]},
                   {"sales_order_line_id", line_ids[i][line]},
                   {"position", ++position},
                   {"product_id", p.id},
                   {"description", p.name},
                   {"quantity", quantity},
                   {"unit", p.unit}},
                  plan.shipped_on);
      }
    }
    SD_TRY(InsertDated(uow_, Spec("delivery-lines"), lines, now_));
    return core::Ok();
  }

  app::UnitOfWork& uow_;
  const h::Inputs& in_;
  I now_;
};

}  // namespace

namespace history {

core::Result<std::vector<I>> InsertDated(app::UnitOfWork& uow, const app::EntitySpec& e, Rows& rows,
                                         I now_us) {
  std::vector<std::size_t> order(rows.records.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return rows.dates[a] < rows.dates[b]; });
  std::vector<I> ids(rows.records.size());
  for (std::size_t begin = 0; begin < order.size();) {
    std::size_t end = begin;
    std::vector<Record> run;
    while (end < order.size() && rows.dates[order[end]] == rows.dates[order[begin]]) {
      run.push_back(std::move(rows.records[order[end++]]));
    }
    const I at =
        std::min(now_us, rows.dates[order[begin]].days_since_epoch() * kDayUs + I{36'000'000'000});
    SD_ASSIGN(auto inserted, uow.InsertMany(e, run, at));
    for (std::size_t k = 0; k < inserted.size(); ++k) {
      ids[order[begin + k]] = app::RecordId(inserted[k]);
    }
    begin = end;
  }
  return ids;
}

}  // namespace history

core::Result<HistoryCounts> CreateOrderHistory(const app::DemoContext& ctx) {
  HistoryCounts counts;
  const h::Shape shape{.months = ctx.options.order_months,
                       .lines_per_month = ctx.options.order_lines_per_month,
                       .lines_per_order = ctx.options.order_lines_per_order,
                       .seed = ctx.options.seed};
  if (shape.months <= 0 || shape.lines_per_month <= 0) return counts;
  const core::Timestamp now = ctx.clock.Now();
  const auto started = std::chrono::steady_clock::now();
  const std::clock_t cpu_started = std::clock();
  SD_ASSIGN(h::LoadedInputs loaded, h::LoadInputs(ctx.store, ctx.today));
  if (loaded.books.empty()) return counts;
  // The lines are shared among the books as their sales people are (a rep selling in dollars
  // has as busy a year as one selling in euros); each book plans on its own seed (the home book
  // on the given one). The writer sees one catalogue and one customer list, the books' side by
  // side, so a month's documents of every currency are numbered by date.
  std::vector<I> reps;
  I all_reps = 0;
  for (const auto& b : loaded.books) {
    std::set<I> owners;
    for (const auto& c : b.customers) owners.insert(c.owner);
    reps.push_back(static_cast<I>(owners.size()));
    all_reps += reps.back();
  }
  std::vector<h::Shape> shapes;
  std::vector<std::size_t> customer_offset, product_offset;
  h::Inputs all = loaded.books.front();
  all.customers.clear();
  all.products.clear();
  int lines_left = shape.lines_per_month;
  for (std::size_t k = 0; k < loaded.books.size(); ++k) {
    const h::Inputs& b = loaded.books[k];
    h::Shape s = shape;
    s.lines_per_month = k + 1 == loaded.books.size()
                            ? lines_left
                            : static_cast<int>(static_cast<I>(shape.lines_per_month) * reps[k] /
                                               std::max<I>(1, all_reps));
    lines_left -= s.lines_per_month;
    s.seed = shape.seed + 0x9e37'79b9'7f4a'7c15ULL * k;
    shapes.push_back(s);
    customer_offset.push_back(all.customers.size());
    product_offset.push_back(all.products.size());
    all.customers.insert(all.customers.end(), b.customers.begin(), b.customers.end());
    all.products.insert(all.products.end(), b.products.begin(), b.products.end());
  }
  // A month at a time: its plan in memory, its documents in one transaction (10M lines over 36
  // months is ~280,000 lines a month).
  for (int month = 0; month < shape.months; ++month) {
    std::vector<h::Order> orders;
    for (std::size_t k = 0; k < loaded.books.size(); ++k) {
      if (shapes[k].lines_per_month <= 0) continue;
      SD_ASSIGN(auto planned, h::PlanMonth(shapes[k], loaded.books[k], month));
      for (h::Order& o : planned) {
        o.customer += customer_offset[k];
        for (h::Line& l : o.lines) l.product += product_offset[k];
        orders.push_back(std::move(o));
      }
    }
    if (orders.empty()) continue;
    std::stable_sort(orders.begin(), orders.end(), [](const h::Order& a, const h::Order& b) {
      return a.ordered_on < b.ordered_on;
    });
    SD_ASSIGN(auto uow, ctx.store.Write());
    MonthWriter writer(*uow, all, now.micros_since_epoch());
    SD_TRY(writer.Write(orders, counts));
    SD_TRY(uow->Commit());
  }
  if (ctx.options.report) {
    const double s =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    ctx.options.report(
        "order history: " + std::to_string(shape.months) + " months, " +
        std::to_string(counts.orders) + " orders, " + std::to_string(counts.lines) + " lines, " +
        std::to_string(counts.deliveries) + " deliveries, " + std::to_string(counts.invoices) +
        " invoices, " + std::to_string(counts.credit_notes) + " credit notes, " +
        std::to_string(counts.payments) + " payments in " + std::to_string(s) + " s (" +
        std::to_string(static_cast<std::int64_t>(counts.lines / s)) + " lines/s), CPU " +
        std::to_string(static_cast<double>(std::clock() - cpu_started) / CLOCKS_PER_SEC) + " s");
  }
  return counts;
}

}  // namespace salesdesk::modules::deliveries
