// D-R6 checked against published and independent references:
//  - seasonal naive and its back-test errors against fpp3 (Hyndman & Athanasopoulos,
//    "Forecasting: Principles and Practice", 3rd ed., §5.8, otexts.com/fpp3/accuracy.html): the
//    quarterly Australian beer production (aus_production, 1992 Q1 – 2010 Q2), trained to
//    2007 Q4, its table "Seasonal naïve method": RMSE 14.31, MAE 13.40, MAPE 3.17, MASE 0.94;
//  - additive Holt-Winters with the "known" initial states against statsmodels 0.13.5 (Debian 12
//    python3-statsmodels) on fpp3's monthly anti-diabetic drug sales (a10, July 1991 – June 2008,
//    tests/forecasts/reference/a10_values.txt); the numbers below are the output of
//    tests/forecasts/reference/holt_winters_a10.py, rounded to 6 decimals.
// The issue asks for two decimals; the comparisons hold to 1e-5.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <iterator>
#include <vector>

#include "modules/forecasts/core/holt_winters.h"
#include "modules/forecasts/core/stat_backtest.h"

namespace salesdesk::core::forecasts {
namespace {

constexpr double kTolerance = 1e-5;

std::vector<double> A10() {
  std::ifstream in(std::string(SALESDESK_TESTS_DIR) + "/forecasts/reference/a10_values.txt");
  std::vector<double> y{std::istream_iterator<double>(in), std::istream_iterator<double>()};
  EXPECT_EQ(y.size(), 204u);
  return y;
}

// Two decimals as shown are equal, and the values agree to kTolerance.
void ExpectSame(const std::vector<double>& got, const std::vector<double>& want, const char* what) {
  ASSERT_EQ(got.size(), want.size()) << what;
  for (std::size_t i = 0; i < want.size(); ++i) {
    EXPECT_NEAR(got[i], want[i], kTolerance) << what << " [" << i << "]";
    EXPECT_EQ(std::llround(got[i] * 100), std::llround(want[i] * 100)) << what << " [" << i << "]";
  }
}

TEST(SeasonalNaiveTest, Fpp3BeerBacktestMatchesTheBook) {
  const std::vector<double> beer{
      443, 410, 420, 532, 433, 421, 410, 512, 449, 381, 423, 531, 426, 408, 416, 520, 409, 398, 398,
      507, 432, 398, 406, 526, 428, 397, 403, 517, 435, 383, 424, 521, 421, 402, 414, 500, 451, 380,
      416, 492, 428, 408, 406, 506, 435, 380, 421, 490, 435, 390, 412, 454, 416, 403, 408, 482, 438,
      386, 405, 491, 427, 383, 394, 473, 420, 390, 410, 488, 415, 398, 419, 488, 414, 374};
  const std::span<const double> all(beer);
  const auto train = all.first(64);  // to 2007 Q4
  const auto test = all.last(10);    // 2008 Q1 – 2010 Q2
  const std::vector<double> f = SeasonalNaive(train, 10, 4);
  EXPECT_EQ(f, (std::vector<double>{427, 383, 394, 473, 427, 383, 394, 473, 427, 383}));
  const BacktestMetrics m = MeasureBacktest(train, test, f, 4);
  EXPECT_NEAR(m.rmse, 14.31, 0.005);
  EXPECT_NEAR(m.mae, 13.40, 0.005);
  ASSERT_TRUE(m.mape && m.mase);
  EXPECT_NEAR(*m.mape * 100, 3.17, 0.005);
  EXPECT_NEAR(*m.mase, 0.94, 0.005);
  // fpp3's ME is mean(y − ŷ): the errors −7 7 16 15 −12 15 25 15 −13 −9 sum to 52.
  EXPECT_NEAR(m.me, 5.2, 1e-12);
}

TEST(SeasonalNaiveTest, LaterYearsRepeatTheLastSeason) {
  std::vector<double> y(24);
  for (int i = 0; i < 24; ++i) y[i] = i + 1;  // y_t = t
  const std::vector<double> f = SeasonalNaive(y, 26);
  // ŷ_T+h = y_T+h−12⌈h/12⌉: h = 1 → y13, h = 12 → y24, h = 13 → y13, h = 25 → y13, h = 26 → y14.
  EXPECT_EQ(f[0], 13);
  EXPECT_EQ(f[11], 24);
  EXPECT_EQ(f[12], 13);
  EXPECT_EQ(f[24], 13);
  EXPECT_EQ(f[25], 14);
}

TEST(HoltWintersTest, KnownInitialStatesFollowTheRule) {
  // First year 1..12 (mean 6.5), second year 13..24 (mean 18.5).
  std::vector<double> y(24);
  for (int i = 0; i < 24; ++i) y[i] = i + 1;
  const HoltWintersFit fit = FitHoltWinters(y, {0.5, 0.1, 0.1});
  EXPECT_DOUBLE_EQ(fit.initial_level, 6.5);
  EXPECT_DOUBLE_EQ(fit.initial_trend, (18.5 - 6.5) / 12);  // 1
  EXPECT_DOUBLE_EQ(fit.initial_season[0], 1 - 6.5);        // s_−11 = y1 − ℓ0
  EXPECT_DOUBLE_EQ(fit.initial_season[11], 12 - 6.5);      // s_0 = y12 − ℓ0
  // ŷ_1|0 = ℓ0 + b0 + s_−11 = 6.5 + 1 − 5.5 = 2.
  EXPECT_DOUBLE_EQ(fit.fitted[0], 2);
}

TEST(HoltWintersTest, A10FullSeriesMatchesStatsmodels) {
  // α = 0.3, β = 0.1, γ = 0.2 on all 204 months.
  const HoltWintersFit fit = FitHoltWinters(A10(), {0.3, 0.1, 0.2});
  const std::vector<double> first(fit.fitted.begin(), fit.fitted.begin() + 12);
  const std::vector<double> last(fit.fitted.end() - 12, fit.fitted.end());
  ExpectSame(first,
             {3.584685, 3.277908, 3.373573, 3.74575, 3.705949, 4.445982, 5.22343, 2.9424, 3.104805,
              3.313984, 3.226652, 3.359534},
             "fitted 1..12");
  ExpectSame(last,
             {21.830766, 22.551354, 22.881835, 24.487524, 24.793412, 25.635641, 28.016232,
              20.236248, 23.068866, 21.133082, 24.342617, 23.716519},
             "fitted 193..204");
  // h = 1..11 are statsmodels' forecast(); h = 12 is fpp3's equation on statsmodels' final
  // states (its forecast() gives 23.51398 there, using s_T−12: statsmodels issue #9538).
  ExpectSame(fit.Forecast(12),
             {23.375402, 24.230294, 23.700285, 24.854651, 25.718456, 26.207267, 28.668147,
              20.133423, 21.039912, 21.788799, 23.553568, 22.657025},
             "forecast July 2008 – June 2009");
}

TEST(HoltWintersTest, A10BacktestForecastMatchesStatsmodels) {
  // α = 0.5, β = 0.05, γ = 0.3 on the first 192 months; the 12 held-out months forecast.
  const std::vector<double> y = A10();
  const HoltWintersFit fit =
      FitHoltWinters(std::span<const double>(y).first(192), {0.5, 0.05, 0.3});
  ExpectSame(std::vector<double>(fit.fitted.begin(), fit.fitted.begin() + 12),
             {3.584685, 3.26658, 3.349565, 3.711741, 3.665785, 4.403379, 5.181463, 2.90338,
              3.070316, 3.284994, 3.203642, 3.34261},
             "fitted 1..12");
  ExpectSame(std::vector<double>(fit.fitted.end() - 12, fit.fitted.end()),
             {17.610755, 17.748365, 18.333138, 17.614196, 20.240336, 22.923379, 25.300284, 18.24687,
              20.127233, 20.254648, 20.542373, 20.370843},
             "fitted 181..192");
  ExpectSame(fit.Forecast(12),
             {21.545499, 22.561082, 22.034708, 23.964012, 24.578066, 24.673028, 27.489246,
              17.678545, 20.560133, 19.730458, 23.236781, 22.799358},
             "forecast July 2007 – June 2008");
}

TEST(HoltWintersTest, ForecastsBeyondOneYearReuseTheLastSeason) {
  const HoltWintersFit fit = FitHoltWinters(A10(), {0.3, 0.1, 0.2});
  const std::vector<double> f = fit.Forecast(25);
  // ŷ_T+13 − ŷ_T+1 = 12·b_T (same seasonal state); likewise h = 25 vs h = 13.
  EXPECT_NEAR(f[12] - f[0], 12 * fit.trend, 1e-9);
  EXPECT_NEAR(f[24] - f[12], 12 * fit.trend, 1e-9);
}

TEST(HoltWintersTest, TheGridSearchErrorIsTheFittedForecastsError) {
  const std::vector<double> y = A10();
  const std::span<const double> all(y);
  std::vector<double> scratch;
  for (const HoltWintersParams p :
       {HoltWintersParams{0.05, 0.01, 0.5}, HoltWintersParams{0.5, 0.05, 0.3},
        HoltWintersParams{0.9, 0.3, 0.1}}) {
    for (const std::size_t train : {24u, 31u, 192u}) {
      const auto holdout = all.subspan(train, 12);
      const std::vector<double> f = FitHoltWinters(all.first(train), p).Forecast(12);
      double want = 0;
      for (int h = 0; h < 12; ++h) want += std::abs(holdout[h] - f[h]);
      EXPECT_NEAR(HoldoutAbsError(all.first(train), holdout, p, scratch), want, 1e-9) << train;
    }
  }
}

}  // namespace
}  // namespace salesdesk::core::forecasts
