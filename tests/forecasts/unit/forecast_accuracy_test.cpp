// D-R5 golden cases: bias, WAPE, accuracy and MAPE as exact rationals rounded once to basis
// points (half-up, RULES.md 0.3), the A = 0 and ΣA = 0 cases, the manager's adjustment value-add
// and the choice of the snapshot holding a month's forecast. The arithmetic is in the comments.
#include <gtest/gtest.h>

#include <numeric>
#include <random>

#include "modules/forecasts/core/exact_ratio.h"
#include "modules/forecasts/core/forecast_accuracy.h"

namespace salesdesk::core::forecasts {
namespace {

Date D(const char* text) { return ParseDate(text).value(); }

TEST(ForecastAccuracyTest, BiasWapeAccuracyAndMapeOfFourPeriods) {
  // F − A per period: +20, −20, +150 (A = 0), +30.
  const std::vector<AccuracyPeriod> p{{120, 100}, {80, 100}, {150, 0}, {90, 60}};
  const Accuracy a = MeasureAccuracy(p);
  EXPECT_EQ(a.periods, 4);
  EXPECT_EQ(a.forecast_periods, 4);
  // bias = 180 / 260 = 0.692307… = 6923.08 bp → 6923 (over-forecast: positive).
  EXPECT_EQ(a.bias_bp, 6923);
  // WAPE = 220 / 260 = 0.846153… = 8461.54 bp → 8462; accuracy = 40 / 260 = 1538.46 → 1538.
  EXPECT_EQ(a.wape_bp, 8462);
  EXPECT_EQ(a.accuracy_bp, 1538);
  // MAPE over the 3 of 4 periods with A ≠ 0: (20/100 + 20/100 + 30/60) / 3 = 0.3 → 3000 bp.
  EXPECT_EQ(a.mape_bp, 3000);
  EXPECT_EQ(a.mape_periods, 3);
}

TEST(ForecastAccuracyTest, UnderForecastingHasANegativeBias) {
  // Σ(F − A) = (50 − 100) + (70 − 100) = −80; ΣA = 200 → −0.4 = −4000 bp.
  const std::vector<AccuracyPeriod> p{{50, 100}, {70, 100}};
  EXPECT_EQ(MeasureAccuracy(p).bias_bp, -4000);
  EXPECT_EQ(MeasureAccuracy(p).wape_bp, 4000);
}

TEST(ForecastAccuracyTest, HalfABasisPointRoundsAwayFromZeroOnTheExactValue) {
  // ΣA = 20000, Σ(F − A) = +1 → 0.5 bp → 1; −1 → −0.5 bp → −1.
  EXPECT_EQ(MeasureAccuracy(std::vector<AccuracyPeriod>{{20001, 20000}}).bias_bp, 1);
  EXPECT_EQ(MeasureAccuracy(std::vector<AccuracyPeriod>{{19999, 20000}}).bias_bp, -1);
  // WAPE 1/20000 = 0.5 bp → 1, yet accuracy 19999/20000 = 9999.5 bp → 10000: accuracy is
  // rounded from 1 − WAPE exactly, not as 10000 − round(WAPE).
  const Accuracy a = MeasureAccuracy(std::vector<AccuracyPeriod>{{19999, 20000}});
  EXPECT_EQ(a.wape_bp, 1);
  EXPECT_EQ(a.accuracy_bp, 10000);
  // 1/30000 = 0.333 bp → 0.
  EXPECT_EQ(MeasureAccuracy(std::vector<AccuracyPeriod>{{30001, 30000}}).bias_bp, 0);
}

TEST(ForecastAccuracyTest, NoActualsMakeBiasAndWapeNotApplicable) {
  const std::vector<AccuracyPeriod> p{{100, 0}, {0, 0}};
  const Accuracy a = MeasureAccuracy(p);
  EXPECT_FALSE(a.bias_bp.has_value());
  EXPECT_FALSE(a.wape_bp.has_value());
  EXPECT_FALSE(a.accuracy_bp.has_value());
  EXPECT_FALSE(a.mape_bp.has_value());
  EXPECT_EQ(a.mape_periods, 0);  // "0 of 2 periods"
  EXPECT_EQ(a.periods, 2);
}

TEST(ForecastAccuracyTest, PeriodsWithoutASnapshotAreLeftOutAndCounted) {
  const std::vector<AccuracyPeriod> p{{110, 100}, {std::nullopt, 500}, {90, 100}};
  const Accuracy a = MeasureAccuracy(p);
  EXPECT_EQ(a.periods, 3);
  EXPECT_EQ(a.forecast_periods, 2);
  EXPECT_EQ(a.bias_bp, 0);     // (10 − 10) / 200
  EXPECT_EQ(a.wape_bp, 1000);  // 20 / 200
  EXPECT_EQ(a.mape_bp, 1000);  // (0.1 + 0.1) / 2
  EXPECT_EQ(a.mape_periods, 2);
}

TEST(ForecastAccuracyTest, MapeIsExactWhereADoubleWouldMisround) {
  // |e| / A = 45 / 300000 in each of three periods: exactly 1.5 bp → 2. In binary floating
  // point, (45/300000) × 10000 is 1.4999999999999998 and would round to 1.
  const std::vector<AccuracyPeriod> p{{300045, 300000}, {299955, 300000}, {300045, 300000}};
  EXPECT_EQ(MeasureAccuracy(p).mape_bp, 2);
  // Big amounts: 3.75e9 / 3e12 = 12.5 bp in each period → 13.
  const std::vector<AccuracyPeriod> big{{3'003'750'000'000, 3'000'000'000'000},
                                        {2'996'250'000'000, 3'000'000'000'000}};
  EXPECT_EQ(MeasureAccuracy(big).mape_bp, 13);
  // (1/3 + 1/6) / 2 = 0.25 → 2500.
  EXPECT_EQ(MeasureAccuracy(std::vector<AccuracyPeriod>{{4, 3}, {7, 6}}).mape_bp, 2500);
}

TEST(ForecastAccuracyTest, MeanRatioMatchesAPlainRationalWhereThatFits) {
  std::mt19937_64 rng(12);
  std::uniform_int_distribution<std::uint64_t> num(0, 5000);
  std::uniform_int_distribution<std::uint64_t> den(1, 97);
  for (int round = 0; round < 2000; ++round) {
    std::vector<std::pair<std::uint64_t, std::uint64_t>> terms(1 + round % 4);
    __int128 n = 0;
    __int128 d = 1;
    for (auto& [a, b] : terms) {
      a = num(rng);
      b = den(rng);
      n = n * b + a * d;
      d *= b;
    }
    EXPECT_EQ(MeanRatioBasisPoints(terms), BasisPoints(n, d * terms.size()));
  }
}

TEST(ForecastAccuracyTest, TheManagersAdjustmentValueAdd) {
  // Period 1: raw 100, view 110, A 120 → |raw − A| 20, |view − A| 10.
  // Period 2: raw 200, view 150, A 160 → 40, 10.
  const std::vector<TeamPeriod> p{{100, 110, 120}, {200, 150, 160}};
  const TeamAccuracy t = MeasureTeamAccuracy(p);
  EXPECT_EQ(t.raw.wape_bp, 2143);  // 60 / 280 = 2142.86 bp
  EXPECT_EQ(t.view.wape_bp, 714);  // 20 / 280 = 714.29 bp
  // (60 − 20) / 280 = 1428.57 bp → 1429: the adjustments helped.
  EXPECT_EQ(t.adjustment_value_add_bp, 1429);
  // Adjustments that hurt: view farther from A than raw → negative.
  const std::vector<TeamPeriod> worse{{100, 150, 100}};
  EXPECT_EQ(MeasureTeamAccuracy(worse).adjustment_value_add_bp, -5000);
  // ΣA = 0 → n/a.
  EXPECT_FALSE(MeasureTeamAccuracy(std::vector<TeamPeriod>{{5, 5, 0}}).adjustment_value_add_bp);
}

TEST(SnapshotSelectionTest, TheFirstSnapshotOnOrAfterTheFirstDayOfTheMonth) {
  // Mondays around March 2026 (1 March is a Sunday), given out of order.
  const std::vector<Date> taken{D("2026-03-09"), D("2026-02-23"), D("2026-04-06"), D("2026-03-02"),
                                D("2026-03-30")};
  const Period march{PeriodKind::kMonth, 2026, 3};
  EXPECT_EQ(SelectSnapshot(taken, march), 3u);                  // 2026-03-02
  EXPECT_EQ(SelectSnapshot(taken, march, SnapshotLag{2}), 0u);  // from 03-08: 03-09
  EXPECT_EQ(SelectSnapshot(taken, march, SnapshotLag{0}), 1u);  // from 02-22: 02-23
  EXPECT_EQ(SelectSnapshot(taken, march, SnapshotLag{5}), 4u);  // from 03-29: 03-30
  EXPECT_FALSE(SelectSnapshot(taken, march, SnapshotLag{6}));   // from 04-05: after March
  // A snapshot on the first day itself counts (1 June 2026 is a Monday).
  const std::vector<Date> june{D("2026-06-08"), D("2026-06-01")};
  EXPECT_EQ(SelectSnapshot(june, Period{PeriodKind::kMonth, 2026, 6}), 1u);
  // No snapshot inside the month: none holds its forecast.
  const std::vector<Date> gap{D("2026-02-23"), D("2026-04-06")};
  EXPECT_FALSE(SelectSnapshot(gap, march));
}

}  // namespace
}  // namespace salesdesk::core::forecasts
