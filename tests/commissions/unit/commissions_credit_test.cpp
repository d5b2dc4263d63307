// C-R2, C-R3, C-R6 golden cases: split credit of 100.01 three ways, the flat rate with its
// drill-down to the invoice lines, and the margin base with a loss-making line.
#include <gtest/gtest.h>

#include "modules/commissions/core/cumulative.h"
#include "modules/commissions/core/earning.h"
#include "modules/commissions/core/split_credit.h"

namespace salesdesk::core::commissions {
namespace {

using V = std::vector<std::int64_t>;

TEST(CommissionsCredit, ThreeWaySplitOf100_01CreditsEveryCent) {
  // 10,001 ct at 33.34 / 33.33 / 33.33 %: quotas 3,334.3334, 3,333.3333, 3,333.3333 → floors
  // 3,334 + 3,333 + 3,333 = 10,000, one cent left for the largest remainder (.3334, the first):
  // 33.35 + 33.33 + 33.33 = 100.01 (ERPNext rounds each row: 100.00, a cent to nobody).
  const std::vector<Split> three{{3334}, {3333}, {3333}};
  EXPECT_EQ(*CreditSplits(10'001, three), (V{3'335, 3'333, 3'333}));
  // Equal remainders go to the larger share, then the first listed: 0.03 at 50 / 50 → 0.02 to
  // the primary owner; 0.03 at 40 / 60 → quotas 1.2, 1.8 → 1, 2.
  EXPECT_EQ(*CreditSplits(3, std::vector<Split>{{5000}, {5000}}), (V{2, 1}));
  EXPECT_EQ(*CreditSplits(3, std::vector<Split>{{4000}, {6000}}), (V{1, 2}));
  // A credit note splits its magnitude and negates: −100.01 → −33.35, −33.33, −33.33.
  EXPECT_EQ(*CreditSplits(-10'001, three), (V{-3'335, -3'333, -3'333}));
}

TEST(CommissionsCredit, OverlaySplitsAreOnTheirOwnPercentageOfTheWhole) {
  // A specialist's 20 % overlay on 100.01 = 20.002 → 20.00, and the revenue splits still share
  // all of 100.01 (60 / 40: 60.006 → 60.01, 40.004 → 40.00; floors 6,000 + 4,000, the cent to
  // the larger remainder .6).
  const std::vector<Split> s{{6000}, {2000, true}, {4000}};
  EXPECT_EQ(*CreditSplits(10'001, s), (V{6'001, 2'000, 4'000}));
  // Revenue splits of 99.99 % are refused.
  auto short_by_one = CreditSplits(10'001, std::vector<Split>{{5000}, {4999}});
  ASSERT_FALSE(short_by_one.ok());
  EXPECT_EQ(short_by_one.error().field, "splits");
  EXPECT_EQ(short_by_one.error().message_code, "commissions.revenue_splits_total");
}

TEST(CommissionsCredit, FlatRateRoundedOnceThenDrilledDownByAllocate) {
  // 3.5 % of 1,234.56 = 43.2096 → 43.21, once for the invoice.
  EXPECT_EQ(Flat(35'000, 123'456), 4'321);
  EXPECT_EQ(Flat(35'000, -123'456), -4'321);  // a credit note: ties and all away from zero
  // Over lines of 617.28, 308.64, 308.64: quotas 2,160.5, 1,080.25, 1,080.25 → floors 4,320,
  // the cent to the largest remainder (.5): 21.61, 10.80, 10.80 = 43.21. Rounding each line
  // (21.60, 10.80, 10.80) would pay 43.20.
  EXPECT_EQ(*DrillDown(4'321, V{61'728, 30'864, 30'864}), (V{2'161, 1'080, 1'080}));
}

TEST(CommissionsCredit, MarginNetsALossMakingLineAndFloorsThePeriodAtZero) {
  // Lines 1,000.00 − 600.00 = +400.00 and a loss leader 500.00 − 700.00 = −200.00: base 200.00
  // (OCA floors each line at 0 and would pay on 400.00).
  const std::vector<MarginLine> lines{{100'000, 60'000}, {50'000, 70'000}};
  EXPECT_EQ(MarginBase(lines), 20'000);
  const Schedule ten = *OnAmount({{0, 100'000}}, TierMode::kMarginal);  // 10 %
  EXPECT_EQ(RoundedCommission(ten, MarginBase(lines)), 2'000);          // 20.00, not 40.00
  // Invoices of +400.00, −500.00, +300.00 margin in one period: cumulative 400, −100, 200 →
  // C = 40.00, 0 (floored), 20.00 → lines +40.00, −40.00, +20.00; the period pays 20.00 =
  // 10 % × 200.00 and never goes below zero on margin alone.
  const auto by_invoice = ByInvoice(ten, 0, V{40'000, -50'000, 30'000});
  EXPECT_EQ(by_invoice[0].commission, 4'000);
  EXPECT_EQ(by_invoice[1].commission, -4'000);
  EXPECT_EQ(by_invoice[2].commission, 2'000);
  EXPECT_EQ(RoundedCommission(ten, -10'000), 0);
}

TEST(CommissionsCredit, LineCostIsUnitCostTimesQuantityRoundedOncePerLine) {
  // 4 units at 60.00: 240.00 exactly.
  EXPECT_EQ(LineCost(6'000, 4'000), 24'000);
  // 2.5 h at 33.33: 83.325 → 83.33 (half-up, once for the line).
  EXPECT_EQ(LineCost(3'333, 2'500), 8'333);
  // 0.333 kg at 10.01: 3.33333 → 3.33 (below half: down).
  EXPECT_EQ(LineCost(1'001, 333), 333);
  // 1.125 m at 0.99: 1.11375 → 1.11; 1.5 at 0.99: 1.485 → 1.49.
  EXPECT_EQ(LineCost(99, 1'125), 111);
  EXPECT_EQ(LineCost(99, 1'500), 149);
}

}  // namespace
}  // namespace salesdesk::core::commissions
