// D-R6 back-test and model choice: hold out the last 12 months, fit on the rest, measure the
// holdout, keep the model with the lower holdout WAPE (a tie goes to seasonal naive), then
// forecast from the whole series (docs/forecasts.md, decision 0032).
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "core/result.h"
#include "modules/forecasts/core/holt_winters.h"

namespace salesdesk::core::forecasts {

inline constexpr int kHoldout = 12;

// Holdout errors; e_t = y_t − ŷ_t as fpp3 writes them, so ME > 0 means under-forecast. The ratios
// are fractions (0.1234 = 12.34 %); nullopt where they are n/a.
struct BacktestMetrics {
  double me = 0;    // mean(e)
  double mae = 0;   // mean|e|
  double rmse = 0;  // √mean(e²)
  // mean |e|/|y| over the mape_periods months with y ≠ 0 (zero months left out and counted).
  std::optional<double> mape;
  int mape_periods = 0;
  std::optional<double> wape;  // Σ|e| / Σy, n/a when Σy ≤ 0
  std::optional<double> bias;  // Σ(ŷ − y) / Σy (D-R5's sign: positive = over-forecast)
  // MAE ÷ the training data's in-sample seasonal-naive MAE, Σ_t=m+1..T |y_t − y_t−m| / (T − m);
  // n/a when that is 0 or the training data has no full second season.
  std::optional<double> mase;
};

BacktestMetrics MeasureBacktest(std::span<const double> training, std::span<const double> actual,
                                std::span<const double> forecast, int m = kSeason);

enum class Method { kSeasonalNaive, kHoltWinters };

struct ModelBacktest {
  Method method = Method::kSeasonalNaive;
  HoltWintersParams params;  // Holt-Winters only
  std::vector<double> holdout_forecast;
  BacktestMetrics metrics;
};

// The parameter grid searched (decision 0032): α in kAlphas, β in kBetas with β ≤ α, γ in
// kGammas with γ ≤ 1 − α; in that order, the first of equal holdout errors kept.
inline constexpr double kAlphas[] = {0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
inline constexpr double kBetas[] = {0.01, 0.05, 0.1, 0.2, 0.3};
inline constexpr double kGammas[] = {0.01, 0.05, 0.1, 0.2, 0.3, 0.5};
std::vector<HoltWintersParams> ParameterGrid();

struct StatForecast {
  ModelBacktest seasonal_naive;
  std::optional<ModelBacktest> holt_winters;  // needs 2m training months (36 in all)
  Method chosen = Method::kSeasonalNaive;
  std::vector<double> forecast;  // the chosen model fitted on the whole series, h = 1..horizon
};

// Needs at least m + 12 months (a season to train on and the holdout); kInvalidArgument
// "forecasts.history_too_short" on field `history` otherwise, and for a horizon outside 1..120.
Result<StatForecast> ForecastSeries(std::span<const double> history, int horizon);

// Holdout WAPE in basis points as shown (2 decimals of a percent); the selector compares these, so
// a difference nobody can see does not switch the model.
std::optional<long long> ShownWapeBasisPoints(const BacktestMetrics& metrics);

}  // namespace salesdesk::core::forecasts
