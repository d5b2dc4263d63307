// Planning the order-to-cash history: randomness decides who orders what and when, how each
// invoice is paid; every amount comes from the modules' rules (see the header).
#include "modules/deliveries/app/order_history_plan.h"

#include <algorithm>

#include "app/demo/demo_internal.h"
#include "core/money/currency.h"
#include "modules/billing/app/billing_records.h"
#include "modules/billing/core/application.h"
#include "modules/billing/core/fx.h"
#include "modules/sales/core/quotes/quote_totals.h"

namespace salesdesk::modules::deliveries::history {
namespace {

namespace cb = core::billing;
using I = std::int64_t;

constexpr std::uint64_t kHistoryStream = 0x0c2c'0000;  // app::demo streams stay below 16
constexpr I kPeakWeight = 1600;                        // ×1.6 in June-August, per mille

bool Peak(int month) { return month >= 6 && month <= 8; }

// Per mille of the customers in summer territories.
I SummerShare(const Inputs& in) {
  if (in.customers.empty()) return 0;
  const auto n = std::count_if(in.customers.begin(), in.customers.end(),
                               [](const Customer& c) { return c.summer; });
  return static_cast<I>(n) * 1000 / static_cast<I>(in.customers.size());
}

// The first day of month `index` and the last day orders may carry (today in today's month).
struct MonthSpan {
  core::Date first;
  int last_day = 1, days_in_month = 1, month = 1;
};
core::Result<MonthSpan> SpanOf(const Shape& shape, const Inputs& in, int index) {
  const auto t = in.today.Civil();
  const int m0 = t.year * 12 + (t.month - 1) - (shape.months - 1 - index);
  MonthSpan s;
  s.month = m0 % 12 + 1;
  SD_ASSIGN(s.first, core::Date::FromCivil(m0 / 12, s.month, 1));
  s.days_in_month = core::DaysInMonth(m0 / 12, s.month);
  s.last_day = index == shape.months - 1 ? t.day : s.days_in_month;
  return s;
}

core::Result<core::Date> Plus(core::Date d, I days) { return d.AddDays(days); }

// Quantity units (3 decimals) a customer orders of one product.
I QuantityOf(const Product& p, app::demo::DemoRandom& r) {
  if (p.unit == "pc") return r.Uniform(1, 8) * 1000;
  if (p.unit == "box" || p.unit == "pack") return r.Uniform(1, 24) * 5000;
  return r.Uniform(1, 20) * 1000;
}

// The list price for `quantity`: the highest quantity break it reaches.
I PriceFor(const Product& p, I quantity) {
  I price = p.prices.front().second;
  for (const auto& [min, units] : p.prices) {
    if (min <= quantity) price = units;
  }
  return price;
}

core::Result<void> PriceLines(const Inputs& in, Order& o, const core::Currency& doc) {
  std::vector<core::quotes::NetLine> nets;
  for (Line& l : o.lines) {
    const Product& p = in.products[l.product];
    l.unit_price = PriceFor(p, l.quantity);
    SD_ASSIGN(core::Money net,
              core::quotes::LineNet({core::Quantity::FromUnits(l.quantity),
                                     core::UnitPrice::FromUnits(l.unit_price), std::nullopt,
                                     core::Percent::FromUnits(o.tax_rate), doc}));
    l.net = net.minor;
    nets.push_back({net, core::Percent::FromUnits(o.tax_rate)});
  }
  SD_ASSIGN(auto totals, core::quotes::TotalsFromNets(nets, doc));
  o.untaxed = totals.untaxed.minor;
  o.tax = totals.tax.minor;
  o.total = totals.total.minor;
  return core::Ok();
}

// Most orders ship whole within four days; one in eight ships half first and the rest two weeks
// later (a back order while that day is still to come).
core::Result<void> PlanDeliveries(const Inputs& in, Order& o, app::demo::DemoRandom& r) {
  SD_ASSIGN(core::Date first, Plus(o.ordered_on, r.Uniform(1, 4)));
  if (first > in.today) return core::Ok();
  DeliveryPlan whole{first, {}}, half{first, {}}, rest{};
  SD_ASSIGN(rest.shipped_on, Plus(first, 14));
  for (std::size_t k = 0; k < o.lines.size(); ++k) {
    const I q = o.lines[k].quantity, h = q / 2000 * 1000;  // whole pieces
    whole.lines.push_back({k, q});
    if (h > 0) half.lines.push_back({k, h});
    rest.lines.push_back({k, q - h});
  }
  if (!r.Percent(12) || half.lines.empty()) {
    o.deliveries.push_back(std::move(whole));
    return core::Ok();
  }
  o.deliveries.push_back(std::move(half));
  if (rest.shipped_on <= in.today) o.deliveries.push_back(std::move(rest));
  return core::Ok();
}

std::size_t PickTerms(const Inputs& in, app::demo::DemoRandom& r) {
  std::vector<int> weights;
  for (const Terms& t : in.terms) weights.push_back(t.weight);
  return r.Weighted(weights);
}

// An invoice's open instalments as billing's application rules see them, and its carrying base.
struct Ledger {
  std::vector<cb::OpenItem> open;
  I outstanding = 0, carrying = 0;
  core::Rate rate = core::Rate::FromUnits(0);
  core::Currency doc, base;
};

std::vector<Allocation> Apply(Ledger& l, const cb::Application& a, I& applied) {
  std::vector<Allocation> out;
  applied = 0;
  for (const auto& x : a.applied) {
    if (x.claim != cb::Claim::kPrincipal) continue;
    l.open[x.item].principal -= x.amount;
    out.push_back({x.item, x.amount});
    applied += x.amount;
  }
  return out;
}

// A tenth of line 1 credited ten days after the invoice (goods returned), applied oldest first.
core::Result<void> PlanCredit(const Inputs& in, const Order& o, Ledger& l, InvoicePlan& inv) {
  CreditPlan c;
  SD_ASSIGN(c.date, Plus(inv.date, 10));
  c.net = std::max<I>(1, o.lines.front().net / 10);
  if (c.date > in.today) return core::Ok();
  const core::quotes::NetLine line{core::Money{c.net, l.doc}, core::Percent::FromUnits(o.tax_rate)};
  SD_ASSIGN(auto totals, core::quotes::TotalsFromNets({&line, 1}, l.doc));
  c.tax = totals.tax.minor;
  c.total = totals.total.minor;
  c.allocations = Apply(l, cb::ApplyCreditNote(c.total, l.open), c.applied);
  SD_ASSIGN(c.relieved_base,
            cb::RelievedBase(c.applied, l.outstanding, l.carrying, l.doc, l.rate, l.base));
  l.outstanding -= c.applied;
  l.carrying -= c.relieved_base;
  inv.credit = std::move(c);
  return core::Ok();
}

// One payment as PaymentService::Receive records it: converted to the invoice's currency at the
// payment's dated rate, applied oldest instalment first, its base relieved (E-R2, E-R6).
core::Result<PaymentPlan> Receive(const Inputs& in, Ledger& l, core::Date on, I due,
                                  const std::string& currency) {
  PaymentPlan p{.paid_on = on, .currency = currency, .amount = due, .settled = due};
  if (currency != l.doc.code()) {
    SD_ASSIGN(core::Currency paid_in, core::ParseCurrency(currency));
    const auto out = in.rates->Between(l.doc.code(), currency, on);
    const auto back = in.rates->Between(currency, l.doc.code(), on);
    SD_ASSIGN(core::Money amount, core::Convert(core::Money{due, l.doc}, *out, paid_in));
    SD_ASSIGN(core::Money settled, core::Convert(amount, *back, l.doc));
    p.amount = amount.minor;
    p.settled = settled.minor;
  }
  p.allocations = Apply(l, cb::ApplyPayment(p.settled, l.open), p.applied);
  if (p.applied > 0) {
    SD_ASSIGN(p.relieved_base,
              cb::RelievedBase(p.applied, l.outstanding, l.carrying, l.doc, l.rate, l.base));
    SD_ASSIGN(core::Rate to_base, billing::RateToBase(*in.rates, l.doc.code(), on, "paid_on"));
    SD_ASSIGN(core::Money b, core::Convert(core::Money{p.applied, l.doc}, to_base, l.base));
    p.settlement_base = b.minor;
    l.outstanding -= p.applied;
    l.carrying -= p.relieved_base;
  }
  return p;
}

// Two in three customers pay each instalment on time, one in five late, a few very late, and
// one in twenty-five not at all; a few late payers pay half first. One payment in sixteen made
// in the last year comes in dollars or pounds (a EUR invoice: the conversion leaves a few cents
// open or over, as with real transfers).
core::Result<void> PlanPayments(const Inputs& in, Ledger& l, InvoicePlan& inv,
                                app::demo::DemoRandom& r) {
  const I habit = r.Uniform(0, 99);
  if (habit >= 96) return core::Ok();
  struct Due {
    core::Date on;
    I amount;
  };
  std::vector<Due> dues;
  for (std::size_t i = 0; i < inv.instalments.size(); ++i) {
    const I open = l.open[i].principal;
    if (open <= 0) continue;
    const core::Date due = inv.instalments[i].due;
    I offset = -r.Uniform(0, 8);
    if (habit >= 90) {
      offset = r.Uniform(90, 200);
    } else if (habit >= 68) {
      offset = r.Uniform(5, 75);
    }
    SD_ASSIGN(core::Date on, Plus(due, offset));
    if (on <= inv.date) {
      SD_ASSIGN(on, Plus(inv.date, 1));
    }
    if (habit >= 68 && r.Percent(15)) {
      dues.push_back({on, open / 2});
      SD_ASSIGN(on, Plus(on, 30));
      dues.push_back({on, open - open / 2});
    } else {
      dues.push_back({on, open});
    }
  }
  std::stable_sort(dues.begin(), dues.end(),
                   [](const Due& a, const Due& b) { return a.on < b.on; });
  for (const Due& d : dues) {
    if (d.on > in.today || d.amount <= 0) continue;
    std::string currency = l.doc.code();
    if (r.Percent(6) && in.rates->Between(l.doc.code(), "USD", d.on) &&
        in.rates->Between(l.doc.code(), "GBP", d.on)) {
      currency = r.Percent(67) ? "USD" : "GBP";
    }
    SD_ASSIGN(PaymentPlan p, Receive(in, l, d.on, d.amount, currency));
    inv.payments.push_back(std::move(p));
  }
  return core::Ok();
}

// Invoiced as ordered on the day of the first shipment (E-R1 instalments on the chosen terms);
// one in thirty gets a credit note for returned goods; then paid as the customer's habit goes.
core::Result<void> PlanInvoice(const Inputs& in, Order& o, const core::Currency& doc,
                               app::demo::DemoRandom& r) {
  if (o.deliveries.empty() || in.terms.empty()) return core::Ok();
  InvoicePlan inv;
  inv.date = o.deliveries.front().shipped_on;
  inv.terms = PickTerms(in, r);
  SD_ASSIGN(inv.instalments, cb::PlanInstalments(o.total, inv.date, in.terms[inv.terms].lines));
  SD_ASSIGN(core::Currency base, core::ParseCurrency(in.rates->base_currency));
  Ledger l{.outstanding = o.total, .doc = doc, .base = base};
  SD_ASSIGN(l.rate, billing::RateToBase(*in.rates, doc.code(), inv.date, "invoice_date"));
  SD_ASSIGN(l.carrying, cb::InvoiceBase(core::Money{o.total, doc}, l.rate, base));
  inv.rate = l.rate.units();
  inv.base_total = l.carrying;
  for (const auto& i : inv.instalments) l.open.push_back({i.due, i.amount, 0, 0});
  const bool credited = r.Percent(3);
  if (credited) SD_TRY(PlanCredit(in, o, l, inv));
  SD_TRY(PlanPayments(in, l, inv, r));
  o.invoice = std::move(inv);
  return core::Ok();
}

}  // namespace

int LinesInMonth(const Shape& shape, const Inputs& in, int index) {
  auto span = SpanOf(shape, in, index);
  if (!span.ok()) return 0;
  const I s = SummerShare(in);
  const I weight = 1000 + s * ((Peak(span->month) ? kPeakWeight : 1000) - 1000) / 1000;
  const I mean = 1000 + s * (3 * (kPeakWeight - 1000)) / 12 / 1000;  // over the twelve months
  const I lines = static_cast<I>(shape.lines_per_month) * weight / mean;
  return static_cast<int>(lines * span->last_day / span->days_in_month);
}

core::Result<std::vector<Order>> PlanMonth(const Shape& shape, const Inputs& in, int index) {
  std::vector<Order> orders;
  if (in.customers.empty() || in.products.empty() || in.rates == nullptr) return orders;
  SD_ASSIGN(MonthSpan span, SpanOf(shape, in, index));
  SD_ASSIGN(core::Currency doc, core::ParseCurrency(in.currency));
  app::demo::DemoRandom r(shape.seed, kHistoryStream + static_cast<std::uint64_t>(index));
  std::vector<std::size_t> summer, other;
  for (std::size_t i = 0; i < in.customers.size(); ++i) {
    (in.customers[i].summer ? summer : other).push_back(i);
  }
  // P(summer customer) = s·w / (s·w + 1 − s): their orders rise by w in the peak, the rest's
  // stay flat.
  const I s = SummerShare(in);
  const I sw = s * (Peak(span.month) ? kPeakWeight : 1000) / 1000;
  const I summer_permille = sw * 1000 / std::max<I>(1, sw + 1000 - s);
  const int target = LinesInMonth(shape, in, index);
  const int most = std::max(1, 2 * shape.lines_per_order - 1);
  int lines = 0;
  while (lines < target) {
    Order o{.currency = in.currency, .tax_rate = in.export_sales ? 0 : shape.tax_rate};
    const bool south = !summer.empty() && (other.empty() || r.Uniform(0, 999) < summer_permille);
    o.customer = south ? summer[r.Index(summer.size())] : other[r.Index(other.size())];
    SD_ASSIGN(o.ordered_on, Plus(span.first, r.Uniform(0, span.last_day - 1)));
    const int n = static_cast<int>(std::min<I>(r.Uniform(1, most), target - lines));
    for (int k = 0; k < n; ++k) {
      const std::size_t p = r.Index(in.products.size());
      o.lines.push_back({p, QuantityOf(in.products[p], r), 0, 0});
    }
    lines += n;
    orders.push_back(std::move(o));
  }
  std::stable_sort(orders.begin(), orders.end(),
                   [](const Order& a, const Order& b) { return a.ordered_on < b.ordered_on; });
  for (Order& o : orders) {
    SD_TRY(PriceLines(in, o, doc));
    SD_TRY(PlanDeliveries(in, o, r));
    SD_TRY(PlanInvoice(in, o, doc, r));
  }
  return orders;
}

}  // namespace salesdesk::modules::deliveries::history
