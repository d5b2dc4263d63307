// C-R4 / C-R5 golden cases, figures worked by hand in the comments: marginal against slab on the
// same sales, a threshold reached exactly, the cumulative rounding, the accelerator on attainment.
#include <gtest/gtest.h>

#include "modules/commissions/core/cumulative.h"
#include "modules/commissions/core/rate_schedule.h"

namespace salesdesk::core::commissions {
namespace {

// 2 % from 0, 4 % from 10,000.00, 6 % from 25,000.00 (cents, ppm).
Schedule Tiers(TierMode mode) {
  return *OnAmount({{0, 20'000}, {1'000'000, 40'000}, {2'500'000, 60'000}}, mode);
}
std::vector<std::int64_t> Commissions(const std::vector<CumulativeLine>& lines) {
  std::vector<std::int64_t> out;
  for (const auto& l : lines) out.push_back(l.commission);
  return out;
}

TEST(CommissionsTiers, MarginalAndSlabOnTheSameSales) {
  const std::vector<std::int64_t> sales{600'000, 500'000, 2'000'000};  // 6,000 + 5,000 + 20,000
  // Marginal: C(6,000) = 2 % × 6,000 = 120.00; C(11,000) = 200 + 4 % × 1,000 = 240.00;
  // C(31,000) = 200 + 4 % × 15,000 + 6 % × 6,000 = 200 + 600 + 360 = 1,160.00.
  // Lines: 120.00, 240 − 120 = 120.00, 1,160 − 240 = 920.00.
  const auto marginal = ByInvoice(Tiers(TierMode::kMarginal), 0, sales);
  EXPECT_EQ(Commissions(marginal), (std::vector<std::int64_t>{12'000, 12'000, 92'000}));
  for (const auto& l : marginal) EXPECT_EQ(l.uplift, 0);
  // Slab: C(6,000) = 2 % × 6,000 = 120.00; C(11,000) = 4 % × 11,000 = 440.00;
  // C(31,000) = 6 % × 31,000 = 1,860.00. Lines: 120.00, 320.00, 1,420.00.
  const auto slab = ByInvoice(Tiers(TierMode::kSlab), 0, sales);
  EXPECT_EQ(Commissions(slab), (std::vector<std::int64_t>{12'000, 32'000, 142'000}));
  // The crossing invoices carry the uplift of the earlier sales: (4 − 2) % × 6,000 = 120.00 of
  // the 320.00 (the rest, 200.00, is 4 % × 5,000); (6 − 4) % × 11,000 = 220.00 of the 1,420.00
  // (the rest, 1,200.00, is 6 % × 20,000).
  EXPECT_EQ(slab[0].uplift, 0);
  EXPECT_EQ(slab[1].uplift, 12'000);
  EXPECT_EQ(slab[2].uplift, 22'000);
  EXPECT_EQ(slab[2].cum_before, 1'100'000);
  EXPECT_EQ(slab[2].cum_after, 3'100'000);
}

TEST(CommissionsTiers, AThresholdBelongsToTheBandThatStartsAtIt) {
  const Schedule slab = Tiers(TierMode::kSlab), marginal = Tiers(TierMode::kMarginal);
  EXPECT_EQ(BandOf(slab, 999'999), 0u);
  EXPECT_EQ(BandOf(slab, 1'000'000), 1u);  // reaching 10,000.00 earns the 10,000 tier
  // Slab at exactly 10,000.00: 4 % × 10,000 = 400.00 (not 2 %: 200.00); one cent less: 2 % ×
  // 9,999.99 = 199.9998 → 200.00.
  EXPECT_EQ(RoundedCommission(slab, 1'000'000), 40'000);
  EXPECT_EQ(RoundedCommission(slab, 999'999), 20'000);
  // Marginal at exactly 10,000.00: the 4 % band has no width yet: 200.00; 10,000.01 adds
  // 4 % × 0.01 = 0.0004 → 200.00.
  EXPECT_EQ(RoundedCommission(marginal, 1'000'000), 20'000);
  EXPECT_EQ(RoundedCommission(marginal, 1'000'001), 20'000);
  // No gap between bands (OCA matches no section between 100,000.00 and 100,000.01): every
  // amount has a band.
  EXPECT_EQ(BandOf(slab, 2'499'999), 1u);
  EXPECT_EQ(BandOf(slab, 2'500'000), 2u);
}

TEST(CommissionsTiers, ThePeriodTotalIsRoundedOnceOnTheCumulativeBase) {
  // 2.5 % on three sales of 0.10: C(0.10) = 0.25 ct → 0; C(0.20) = 0.5 ct → 1; C(0.30) = 0.75 ct
  // → 1. Lines 0, 1, 0: the period pays exactly round(C(0.30)) = 0.01, where rounding each
  // invoice would pay 0.00.
  const Schedule flat = *OnAmount({{0, 25'000}}, TierMode::kMarginal);
  const std::vector<std::int64_t> sales{10, 10, 10};
  EXPECT_EQ(Commissions(ByInvoice(flat, 0, sales)), (std::vector<std::int64_t>{0, 1, 0}));
  // A quarter's second month opens at the first month's base: 0.20 already credited, one sale of
  // 0.10 earns round(0.75) − round(0.5) = 0.
  EXPECT_EQ(Commissions(ByInvoice(flat, 20, std::vector<std::int64_t>{10})),
            (std::vector<std::int64_t>{0}));
}

TEST(CommissionsTiers, SchedulesAreCheckedWhereTheyAreWritten) {
  auto first = OnAmount({{100, 20'000}}, TierMode::kMarginal);
  ASSERT_FALSE(first.ok());
  EXPECT_EQ(first.error().field, "tiers/0/from");
  auto order = OnAmount({{0, 20'000}, {500, 30'000}, {500, 40'000}}, TierMode::kSlab);
  ASSERT_FALSE(order.ok());
  EXPECT_EQ(order.error().field, "tiers/2/from");
  auto rate = OnAmount({{0, -1}}, TierMode::kSlab);
  ASSERT_FALSE(rate.ok());
  EXPECT_EQ(rate.error().field, "tiers/0/rate");
  EXPECT_FALSE(OnAttainment(0, 50'000, {{0, 10'000}}, TierMode::kMarginal).ok());
}

// 5 % base rate, target 20,000.00: ×1 to 100 %, ×1.5 from 100 %, ×2 from 125 %.
Schedule Accelerator(TierMode mode) {
  return *OnAttainment(2'000'000, 50'000, {{0, 10'000}, {10'000, 15'000}, {12'500, 20'000}}, mode);
}

TEST(CommissionsTiers, AcceleratorOnAttainment) {
  // 30,000.00 sold = 150 %. Marginal: 5 % × 20,000 = 1,000.00; 7.5 % × 5,000 (100–125 %) =
  // 375.00; 10 % × 5,000 (above 125 %) = 500.00 → 1,875.00.
  EXPECT_EQ(RoundedCommission(Accelerator(TierMode::kMarginal), 3'000'000), 187'500);
  // Retroactive (slab): 10 % × 30,000 = 3,000.00.
  EXPECT_EQ(RoundedCommission(Accelerator(TierMode::kSlab), 3'000'000), 300'000);
  // Exactly 100 %: marginal 1,000.00; retroactive 7.5 % × 20,000 = 1,500.00.
  EXPECT_EQ(RoundedCommission(Accelerator(TierMode::kMarginal), 2'000'000), 100'000);
  EXPECT_EQ(RoundedCommission(Accelerator(TierMode::kSlab), 2'000'000), 150'000);
  // Thresholds are never rounded to the cent: target 100.01, 125 % = 125.0125. 125.01 is still
  // below it (band 1), 125.02 above (band 2).
  const Schedule odd = *OnAttainment(
      10'001, 50'000, {{0, 10'000}, {10'000, 15'000}, {12'500, 20'000}}, TierMode::kSlab);
  EXPECT_EQ(BandOf(odd, 12'501), 1u);
  EXPECT_EQ(BandOf(odd, 12'502), 2u);
  EXPECT_EQ(BandOf(odd, 10'001), 1u);  // exactly 100 %
  EXPECT_EQ(BandOf(odd, 10'000), 0u);
}

}  // namespace
}  // namespace salesdesk::core::commissions
