// The order-to-cash history's plan (decision 0050): list prices with their quantity breaks, one
// tax rounding per document, instalments from the terms, application oldest first, the summer
// peak, and the same plan from the same seed.
#include <gtest/gtest.h>

#include <map>
#include <numeric>

#include "modules/deliveries/app/order_history_plan.h"

namespace salesdesk::modules::deliveries::history {
namespace {

using I = std::int64_t;
namespace cb = core::billing;

core::Date D(const char* s) { return *core::ParseDate(s); }

struct Fixture {
  app::sales::ExchangeRates rates;
  Inputs in;
  Shape shape;
  Fixture() {
    rates.base_currency = "EUR";
    for (const char* on : {"2025-12-01", "2026-06-01"}) {
      rates.history[{"EUR", "USD"}].push_back({on, 108'000'000});  // 1 EUR = 1.08 USD
      rates.history[{"EUR", "GBP"}].push_back({on, 86'000'000});   // 1 EUR = 0.86 GBP
    }
    in.today = D("2026-12-03");
    in.rates = &rates;
    // 12.50 a piece; a box at 10.00, 9.50 from 50, 9.00 from 200 (the sales demo's breaks).
    in.products = {{1, "pc", "Pulse oximeter", {{0, 12'500'000}}, 700, "EUR"},
                   {2,
                    "box",
                    "Gloves",
                    {{0, 10'000'000}, {50'000, 9'500'000}, {200'000, 9'000'000}},
                    500,
                    "EUR"}};
    in.terms = {{7, {{core::Weight{1, 1}, cb::DueRule::kDaysAfterInvoice, 30}}, 1}};
    for (I id = 1; id <= 40; ++id) in.customers.push_back({id, 100 + id % 4, id % 2 == 0});
    shape = {.months = 36, .lines_per_month = 400, .lines_per_order = 3, .seed = 42};
  }
};

TEST(OrderHistoryPlan, LinesArePricedAtTheListWithOneTaxRoundingPerOrder) {
  Fixture f;
  f.in.products.resize(1);  // the 12.50 piece only
  f.shape.lines_per_order = 1;
  auto orders = PlanMonth(f.shape, f.in, 10);
  ASSERT_TRUE(orders.ok());
  ASSERT_FALSE(orders->empty());
  for (const Order& o : *orders) {
    ASSERT_EQ(o.lines.size(), 1u);
    const I pieces = o.lines[0].quantity / 1000;
    // q pieces × 12.50 = 1250·q cents; 21 % of it is 262.5·q cents, half-up once:
    // 3 pieces: 37.50 net, 7.875 → 7.88 tax, 45.38 total.
    EXPECT_EQ(o.lines[0].unit_price, 12'500'000);
    EXPECT_EQ(o.untaxed, 1250 * pieces);
    EXPECT_EQ(o.tax, (2625 * pieces + 5) / 10);
    EXPECT_EQ(o.total, o.untaxed + o.tax);
    if (!o.invoice) continue;
    // Net 30: one instalment of the whole total, 30 days after the invoice.
    ASSERT_EQ(o.invoice->instalments.size(), 1u);
    EXPECT_EQ(o.invoice->instalments[0].amount, o.total);
    EXPECT_EQ(o.invoice->instalments[0].due, *o.invoice->date.AddDays(30));
  }
}

TEST(OrderHistoryPlan, AnExportBookIsInItsCurrencyZeroRatedAtTheDaysRate) {
  Fixture f;
  f.in.currency = "USD";
  f.in.export_sales = true;
  f.in.products.resize(1);  // 12.50 a piece on the dollar list
  f.shape.lines_per_order = 1;
  auto orders = PlanMonth(f.shape, f.in, 33);  // September 2026: a rate is known
  ASSERT_TRUE(orders.ok());
  ASSERT_FALSE(orders->empty());
  int invoiced = 0;
  for (const Order& o : *orders) {
    EXPECT_EQ(o.currency, "USD");
    EXPECT_EQ(o.tax_rate, 0);
    EXPECT_EQ(o.tax, 0);
    EXPECT_EQ(o.total, o.untaxed);
    if (!o.invoice) continue;
    ++invoiced;
    // To the base at the inverse of 1 EUR = 1.08 USD, kept to 8 decimals (0.92592593), one
    // half-up rounding to cents.
    EXPECT_EQ(o.invoice->rate, 92'592'593);
    EXPECT_EQ(o.invoice->base_total, (o.total * 92'592'593 + 50'000'000) / 100'000'000);
    for (const PaymentPlan& p : o.invoice->payments) EXPECT_EQ(p.currency, "USD");
  }
  EXPECT_GT(invoiced, 0);
}

TEST(OrderHistoryPlan, QuantityBreaksSetTheUnitPrice) {
  Fixture f;
  f.in.products.erase(f.in.products.begin());  // the gloves only
  int seen_break = 0;
  for (int month = 0; month < 36; ++month) {
    auto orders = PlanMonth(f.shape, f.in, month);
    ASSERT_TRUE(orders.ok());
    for (const Order& o : *orders) {
      for (const Line& l : o.lines) {
        const I want = l.quantity >= 200'000  ? 9'000'000
                       : l.quantity >= 50'000 ? 9'500'000
                                              : 10'000'000;
        EXPECT_EQ(l.unit_price, want) << l.quantity;
        // 9.50 × 55 boxes = 522.50: the net is quantity × price, rounded once (here exact).
        EXPECT_EQ(l.net, l.quantity / 1000 * l.unit_price / 10'000);
        seen_break += l.quantity >= 50'000;
      }
    }
  }
  EXPECT_GT(seen_break, 0);
}

TEST(OrderHistoryPlan, SettlementsNeverExceedWhatIsOpenAndAddUp) {
  Fixture f;
  int foreign = 0, credited = 0, late = 0, paid = 0;
  for (int month = 0; month < 36; ++month) {
    auto orders = PlanMonth(f.shape, f.in, month);
    ASSERT_TRUE(orders.ok());
    for (const Order& o : *orders) {
      for (const DeliveryPlan& d : o.deliveries) EXPECT_LE(d.shipped_on, f.in.today);
      if (!o.invoice) continue;
      const InvoicePlan& inv = *o.invoice;
      I planned = 0;
      for (const auto& i : inv.instalments) planned += i.amount;
      EXPECT_EQ(planned, o.total);
      std::map<std::size_t, I> taken;
      if (inv.credit) {
        ++credited;
        I sum = 0;
        for (const auto& a : inv.credit->allocations)
          sum += a.amount, taken[a.instalment] += a.amount;
        EXPECT_EQ(sum, inv.credit->applied);
        EXPECT_EQ(inv.credit->total, inv.credit->net + (inv.credit->net * 21 + 50) / 100);
      }
      for (const PaymentPlan& p : inv.payments) {
        ++paid;
        EXPECT_LE(p.paid_on, f.in.today);
        EXPECT_GT(p.paid_on, inv.date);
        I sum = 0;
        for (const auto& a : p.allocations) sum += a.amount, taken[a.instalment] += a.amount;
        EXPECT_EQ(sum, p.applied);
        EXPECT_LE(p.applied, p.settled);
        // EUR is the base: the base relieved is the amount applied, no realised FX.
        EXPECT_EQ(p.relieved_base, p.applied);
        EXPECT_EQ(p.settlement_base, p.applied);
        if (p.currency != "EUR") {
          ++foreign;
          EXPECT_GE(p.paid_on, D("2025-12-01"));  // only where a dated rate exists
        } else {
          EXPECT_EQ(p.amount, p.settled);
        }
        late += p.paid_on > inv.instalments.back().due;
      }
      for (const auto& [i, amount] : taken) EXPECT_LE(amount, inv.instalments[i].amount);
    }
  }
  EXPECT_GT(foreign, 0);
  EXPECT_GT(credited, 0);
  EXPECT_GT(late, 0);
  EXPECT_GT(late, paid / 10);
  EXPECT_LT(late, paid / 2);
}

TEST(OrderHistoryPlan, SouthernCustomersPeakInSummerAndTheOthersStayFlat) {
  Fixture f;  // half the customers (even ids) are southern
  auto lines = [&](int index, bool south) {
    I n = 0;
    const auto orders = PlanMonth(f.shape, f.in, index);
    for (const Order& o : *orders) {
      if (f.in.customers[o.customer].summer == south) n += static_cast<I>(o.lines.size());
    }
    return n;
  };
  // Month 18 of 36 ending December 2026 is July 2025; month 12 is January 2025. The southern
  // half sells 1.6× in July; the month as a whole: 400 × (0.5·1.6 + 0.5) / (1 + 0.5·0.15)
  // = 400 × 1.3 / 1.075 = 483 lines, January 400 / 1.075 = 372.
  EXPECT_EQ(LinesInMonth(f.shape, f.in, 18), 483);
  EXPECT_EQ(LinesInMonth(f.shape, f.in, 12), 372);
  EXPECT_GT(lines(18, true), lines(12, true) * 13 / 10);
  EXPECT_LT(lines(18, false), lines(12, false) * 13 / 10);
}

TEST(OrderHistoryPlan, TheSameSeedPlansTheSameMonth) {
  Fixture f;
  auto a = PlanMonth(f.shape, f.in, 20), b = PlanMonth(f.shape, f.in, 20);
  ASSERT_TRUE(a.ok() && b.ok());
  ASSERT_EQ(a->size(), b->size());
  for (std::size_t i = 0; i < a->size(); ++i) {
    EXPECT_EQ((*a)[i].ordered_on, (*b)[i].ordered_on);
    EXPECT_EQ((*a)[i].total, (*b)[i].total);
    EXPECT_EQ((*a)[i].invoice.has_value(), (*b)[i].invoice.has_value());
  }
  f.shape.seed = 43;
  auto c = PlanMonth(f.shape, f.in, 20);
  ASSERT_TRUE(c.ok());
  I ta = 0, tc = 0;
  for (const Order& o : *a) ta += o.total;
  for (const Order& o : *c) tc += o.total;
  EXPECT_NE(ta, tc);
}

}  // namespace
}  // namespace salesdesk::modules::deliveries::history
