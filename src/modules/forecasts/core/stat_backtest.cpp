#include "modules/forecasts/core/stat_backtest.h"

#include <cmath>
#include <string>

namespace salesdesk::core::forecasts {
BacktestMetrics MeasureBacktest(std::span<const double> training, std::span<const double> actual,
                                std::span<const double> forecast, int m) {
  BacktestMetrics out;
  const auto n = static_cast<double>(actual.size());
  double sum_e = 0;
  double sum_abs = 0;
  double sum_sq = 0;
  double sum_y = 0;
  double sum_ape = 0;
  for (std::size_t i = 0; i < actual.size(); ++i) {
    const double e = actual[i] - forecast[i];
    sum_e += e;
    sum_abs += std::abs(e);
    sum_sq += e * e;
    sum_y += actual[i];
    if (actual[i] != 0) {
      sum_ape += std::abs(e) / std::abs(actual[i]);
      ++out.mape_periods;
    }
  }
  out.me = sum_e / n;
  out.mae = sum_abs / n;
  out.rmse = std::sqrt(sum_sq / n);
  if (out.mape_periods > 0) out.mape = sum_ape / out.mape_periods;
  if (sum_y > 0) {
    out.wape = sum_abs / sum_y;
    out.bias = -sum_e / sum_y;
  }
  if (training.size() > static_cast<std::size_t>(m)) {
    double scale = 0;
    for (std::size_t t = m; t < training.size(); ++t)
      scale += std::abs(training[t] - training[t - m]);
    scale /= static_cast<double>(training.size() - m);
    if (scale > 0) out.mase = out.mae / scale;
  }
  return out;
}

std::vector<HoltWintersParams> ParameterGrid() {
  std::vector<HoltWintersParams> grid;
  for (double a : kAlphas) {
    for (double b : kBetas) {
      if (b > a) continue;
      for (double g : kGammas) {
        if (g > 1 - a + 1e-12) continue;
        grid.push_back({a, b, g});
      }
    }
  }
  return grid;
}

std::optional<long long> ShownWapeBasisPoints(const BacktestMetrics& metrics) {
  if (!metrics.wape) return std::nullopt;
  return std::llround(*metrics.wape * 10000);
}

Result<StatForecast> ForecastSeries(std::span<const double> history, int horizon) {
  const auto t = static_cast<int>(history.size());
  if (t < kSeason + kHoldout) {
    return Error::Invalid(
        "history", Msg("forecasts.history_too_short", {{"min", std::to_string(kSeason + kHoldout)},
                                                       {"months", std::to_string(t)}}));
  }
  if (horizon < 1 || horizon > 120) {
    return Error::Invalid(
        "horizon", Msg("field.out_of_range", {{"field", "horizon"}, {"min", "1"}, {"max", "120"}}));
  }
  const auto training = history.first(t - kHoldout);
  const auto holdout = history.last(kHoldout);

  StatForecast out;
  out.seasonal_naive.method = Method::kSeasonalNaive;
  out.seasonal_naive.holdout_forecast = SeasonalNaive(training, kHoldout);
  out.seasonal_naive.metrics =
      MeasureBacktest(training, holdout, out.seasonal_naive.holdout_forecast);

  if (training.size() >= 2 * kSeason) {
    ModelBacktest best{.method = Method::kHoltWinters};
    double best_error = 0;
    bool first = true;
    std::vector<double> scratch;
    static const std::vector<HoltWintersParams> kGrid = ParameterGrid();
    for (const HoltWintersParams& p : kGrid) {
      const double error = HoldoutAbsError(training, holdout, p, scratch);
      if (first || error < best_error) {
        first = false;
        best_error = error;
        best.params = p;
      }
    }
    best.holdout_forecast = FitHoltWinters(training, best.params).Forecast(kHoldout);
    best.metrics = MeasureBacktest(training, holdout, best.holdout_forecast);
    out.holt_winters = std::move(best);
  }

  // Lower shown WAPE wins; equal, or no WAPE to compare, keeps seasonal naive.
  if (out.holt_winters) {
    const auto hw = ShownWapeBasisPoints(out.holt_winters->metrics);
    const auto sn = ShownWapeBasisPoints(out.seasonal_naive.metrics);
    if (hw && sn && *hw < *sn) out.chosen = Method::kHoltWinters;
  }
  out.forecast = out.chosen == Method::kHoltWinters
                     ? FitHoltWinters(history, out.holt_winters->params).Forecast(horizon)
                     : SeasonalNaive(history, horizon);
  return out;
}

}  // namespace salesdesk::core::forecasts
