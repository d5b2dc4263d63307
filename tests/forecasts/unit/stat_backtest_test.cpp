// D-R6 back-test and selector: the holdout metrics worked out by hand (with their signs), the
// parameter grid, the history needed, and the choice of model (lower WAPE as shown; a tie goes to
// seasonal naive).
#include <gtest/gtest.h>

#include <cmath>

#include "modules/forecasts/core/stat_backtest.h"

namespace salesdesk::core::forecasts {
namespace {

TEST(StatBacktestTest, MetricsOfAnUnderForecastByHand) {
  // Training: a year at 10, a year at 12 → in-sample seasonal-naive MAE = 2.
  std::vector<double> training(12, 10);
  training.insert(training.end(), 12, 12);
  // Holdout all 15, forecast all 12: e = y − ŷ = +3 every month.
  const std::vector<double> actual(12, 15);
  const std::vector<double> forecast(12, 12);
  const BacktestMetrics m = MeasureBacktest(training, actual, forecast);
  EXPECT_DOUBLE_EQ(m.me, 3);  // fpp3's sign: positive = under-forecast
  EXPECT_DOUBLE_EQ(m.mae, 3);
  EXPECT_DOUBLE_EQ(m.rmse, 3);
  EXPECT_DOUBLE_EQ(*m.mape, 0.2);  // 3 / 15
  EXPECT_EQ(m.mape_periods, 12);
  EXPECT_DOUBLE_EQ(*m.wape, 0.2);   // 36 / 180
  EXPECT_DOUBLE_EQ(*m.bias, -0.2);  // D-R5's sign: Σ(ŷ − y)/Σy = −36 / 180
  EXPECT_DOUBLE_EQ(*m.mase, 1.5);   // 3 / 2
}

TEST(StatBacktestTest, ZeroMonthsLeaveMapeAndAllZeroMonthsLeaveWape) {
  const std::vector<double> training(24, 5);  // flat: the MASE scale is 0 → n/a
  std::vector<double> actual(12, 0);
  actual[0] = 10;
  actual[1] = 20;
  const std::vector<double> forecast(12, 5);
  const BacktestMetrics m = MeasureBacktest(training, actual, forecast);
  EXPECT_EQ(m.mape_periods, 2);  // 2 of 12 months
  EXPECT_DOUBLE_EQ(*m.mape, (5.0 / 10 + 15.0 / 20) / 2);
  EXPECT_DOUBLE_EQ(*m.wape, (5 + 15 + 10 * 5) / 30.0);
  EXPECT_FALSE(m.mase.has_value());
  const BacktestMetrics none = MeasureBacktest(training, std::vector<double>(12, 0), forecast);
  EXPECT_FALSE(none.wape.has_value());
  EXPECT_FALSE(none.bias.has_value());
  EXPECT_FALSE(none.mape.has_value());
}

TEST(StatBacktestTest, TheGridKeepsTheStatedBounds) {
  const std::vector<HoltWintersParams> grid = ParameterGrid();
  // Per α, the βs ≤ α times the γs ≤ 1 − α: 0.05: 2×6, 0.1: 3×6, 0.2: 4×6, 0.3–0.5: 5×6 each,
  // 0.6 and 0.7: 5×5, 0.8: 5×4, 0.9: 5×3 = 12 + 18 + 24 + 90 + 50 + 20 + 15 = 229.
  ASSERT_EQ(grid.size(), 229u);
  for (const HoltWintersParams& p : grid) {
    EXPECT_LE(p.beta, p.alpha);
    EXPECT_LE(p.gamma, 1 - p.alpha + 1e-12);
  }
  EXPECT_DOUBLE_EQ(grid.front().alpha, 0.05);
  EXPECT_DOUBLE_EQ(grid.front().beta, 0.01);
  EXPECT_DOUBLE_EQ(grid.front().gamma, 0.01);
  EXPECT_DOUBLE_EQ(grid.back().alpha, 0.9);
}

std::vector<double> Seasonal(int months, double slope) {
  const double season[12] = {5, -3, 0, 2, 8, 15, 20, 12, 1, -6, -20, -34};  // summer peak
  std::vector<double> y;
  for (int t = 0; t < months; ++t) y.push_back(200 + slope * t + season[t % 12]);
  return y;
}

TEST(StatBacktestTest, TooShortAHistoryIsRefused) {
  const auto r = ForecastSeries(Seasonal(23, 0), 12);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message_code, "forecasts.history_too_short");
  EXPECT_EQ(r.error().field, "history");
  EXPECT_FALSE(ForecastSeries(Seasonal(36, 0), 0).ok());
}

TEST(StatBacktestTest, UnderThreeYearsOnlySeasonalNaiveIsBacktested) {
  const StatForecast f = ForecastSeries(Seasonal(30, 1), 6).value();
  EXPECT_FALSE(f.holt_winters.has_value());
  EXPECT_EQ(f.chosen, Method::kSeasonalNaive);
  EXPECT_EQ(f.forecast.size(), 6u);
  // The last 12 months forecast from months 7..18 (the trend adds 12 a year): error 12 each.
  EXPECT_DOUBLE_EQ(f.seasonal_naive.metrics.mae, 12);
}

TEST(StatBacktestTest, AnEqualWapeKeepsSeasonalNaive) {
  // The same year four times: both models forecast the holdout exactly (Holt-Winters up to
  // rounding in the last bits), so both show a WAPE of 0.00 %.
  const StatForecast f = ForecastSeries(Seasonal(48, 0), 12).value();
  ASSERT_TRUE(f.holt_winters.has_value());
  EXPECT_EQ(ShownWapeBasisPoints(f.seasonal_naive.metrics), 0);
  EXPECT_EQ(ShownWapeBasisPoints(f.holt_winters->metrics), 0);
  EXPECT_EQ(f.chosen, Method::kSeasonalNaive);
  const std::vector<double> next = Seasonal(60, 0);
  EXPECT_EQ(f.forecast, std::vector<double>(next.begin() + 48, next.end()));
}

TEST(StatBacktestTest, ATrendMakesHoltWintersWin) {
  // 200 + 2t + season over four years: seasonal naive misses the 24 a year the trend adds; the
  // known-initialised Holt-Winters follows the trend (its first seasonal states carry a little of
  // it, ℓ0 being the first year's mean, so it is close rather than exact).
  const std::vector<double> y = Seasonal(48, 2);
  const StatForecast f = ForecastSeries(y, 12).value();
  ASSERT_TRUE(f.holt_winters.has_value());
  EXPECT_DOUBLE_EQ(f.seasonal_naive.metrics.mae, 24);
  EXPECT_LT(*f.holt_winters->metrics.wape, *f.seasonal_naive.metrics.wape);
  EXPECT_EQ(f.chosen, Method::kHoltWinters);
  const std::vector<double> truth = Seasonal(60, 2);
  for (int h = 0; h < 12; ++h) EXPECT_NEAR(f.forecast[h], truth[48 + h], 2.0) << h;
}

TEST(StatBacktestTest, TheChosenParametersAreTheBestOfTheGridOnTheHoldout) {
  std::vector<double> y = Seasonal(48, 1);
  for (std::size_t t = 0; t < y.size(); ++t) y[t] += (t * 7919 % 13) - 6.0;  // fixed noise
  const StatForecast f = ForecastSeries(y, 12).value();
  ASSERT_TRUE(f.holt_winters.has_value());
  const std::span<const double> all(y);
  const double chosen = f.holt_winters->metrics.mae;
  for (const HoltWintersParams& p : ParameterGrid()) {
    const std::vector<double> fc = FitHoltWinters(all.first(36), p).Forecast(12);
    const BacktestMetrics m = MeasureBacktest(all.first(36), all.last(12), fc);
    EXPECT_GE(m.mae, chosen - 1e-12);
  }
}

}  // namespace
}  // namespace salesdesk::core::forecasts
