// C-R3, C-R6 golden cases: the flat rate with its drill-down to the invoice lines, and the
// margin base with a loss-making line. C-R2's split credit is billing's (credit_split.h), tested
// in billing_credit_split_test.cpp.
#include <gtest/gtest.h>

#include "modules/commissions/core/cumulative.h"
#include "modules/commissions/core/earning.h"

namespace salesdesk::core::commissions {
namespace {

using V = std::vector<std::int64_t>;

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
