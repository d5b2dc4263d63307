// E-R7: DSO in tenths of a day, half-up; n/a without credit sales; teams by sums.
#include <gtest/gtest.h>

#include "billing_test_util.h"
#include "modules/billing/core/dso.h"

namespace salesdesk::core::billing {
namespace {

TEST(BillingDso, StandardMethodInTenthsOfADay) {
  // 500.00 × 90 ÷ 1,500.00 = 30 days → 300 tenths.
  EXPECT_EQ(DsoTenths({50000, 150000}), 300);
  // 12,345.67 × 90 ÷ 30,000.00 = 37.03701 days → 370 tenths.
  EXPECT_EQ(DsoTenths({1234567, 3000000}), 370);
  // 0.01 × 90 ÷ 2.00 = 0.45 days = 4.5 tenths → half-up 5.
  EXPECT_EQ(DsoTenths({1, 200}), 5);
  // N = 30: 500.00 × 30 ÷ 1,500.00 = 10 days.
  EXPECT_EQ(DsoTenths({50000, 150000}, 30), 100);
  // Not-yet-due receivables count: AR 0 gives 0 days, not n/a.
  EXPECT_EQ(DsoTenths({0, 150000}), 0);
}

TEST(BillingDso, NoCreditSalesIsNotApplicable) {
  EXPECT_EQ(DsoTenths({50000, 0}), std::nullopt);
  EXPECT_EQ(DsoTenths({50000, -100}), std::nullopt);  // credit notes exceeded invoices
}

TEST(BillingDso, TeamIsTheRatioOfSumsNotTheMeanOfReps) {
  // A: 1.00 × 90 ÷ 10.00 = 9.0 days; B: 9.00 × 90 ÷ 30.00 = 27.0 days; mean 18.0, but the
  // team's is (1 + 9) × 90 ÷ (10 + 30) = 22.5 days.
  const DsoFigures team[] = {{100, 1000}, {900, 3000}};
  EXPECT_EQ(DsoTenths(team[0]), 90);
  EXPECT_EQ(DsoTenths(team[1]), 270);
  EXPECT_EQ(GroupDsoTenths(team), 225);
  // A rep with AR but no sales (n/a alone) still weighs in: 15.00 × 90 ÷ 40.00 = 33.75 days.
  const DsoFigures with_c[] = {{100, 1000}, {900, 3000}, {500, 0}};
  EXPECT_EQ(GroupDsoTenths(with_c), 338);
  EXPECT_EQ(GroupDsoTenths(std::span<const DsoFigures>{}), std::nullopt);
}

TEST(BillingDso, CreditedSharesSplitGrossAndPaymentsWithAllocate) {
  // 1,000.01 at 60/40: 60000.6 / 40000.4 → 60001 / 40000; paid 333.33: 19999.8 / 13333.2 →
  // 20000 / 13333; open 40001 / 26667 (= 100001 − 33333 = 66668).
  const Weight shares[] = {{60, 1}, {40, 1}};
  auto r = SplitCredit(100001, 33333, shares);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->gross, (std::vector<std::int64_t>{60001, 40000}));
  EXPECT_EQ(r->paid, (std::vector<std::int64_t>{20000, 13333}));
  EXPECT_EQ(r->open, (std::vector<std::int64_t>{40001, 26667}));
  EXPECT_EQ(SplitCredit(100, 0, {}).error().field, "shares");
}

TEST(BillingDso, TheWindowIsTheNDaysEndingOnTheAsOfDate) {
  using testing::D;
  // 90 days ending 31 Mar 2026: 1 Jan (31 Mar − 89 days) .. 31 Mar; 31 Dec is day 91 back.
  EXPECT_TRUE(InDsoWindow(D("2026-03-31"), D("2026-03-31")));
  EXPECT_TRUE(InDsoWindow(D("2026-01-01"), D("2026-03-31")));
  EXPECT_FALSE(InDsoWindow(D("2025-12-31"), D("2026-03-31")));
  EXPECT_FALSE(InDsoWindow(D("2026-04-01"), D("2026-03-31")));
}

TEST(BillingDso, FiguresFromTheRepsDocuments) {
  using testing::D;
  const DsoDocument docs[] = {
      {D("2025-12-31"), false, 100000, 40000},   // outside the window, still open: AR only
      {D("2026-01-01"), false, 200000, 200000},  // in the window, open
      {D("2026-03-15"), false, 50000, 0},        // in the window, paid
      {D("2026-03-20"), true, 10000, 0},         // credit note in the window
      {D("2026-04-02"), false, 999999, 999999},  // after D: ignored
  };
  // AR = 400.00 + 2,000.00 = 2,400.00; sales = 2,000.00 + 500.00 − 100.00 = 2,400.00;
  // DSO = 2,400 × 90 ÷ 2,400 = 90.0 days.
  const DsoFigures f = FiguresAt(docs, D("2026-03-31"));
  EXPECT_EQ(f.receivables, 240000);
  EXPECT_EQ(f.credit_sales, 240000);
  EXPECT_EQ(DsoTenths(f), 900);
}

}  // namespace
}  // namespace salesdesk::core::billing
