#include "modules/forecasts/core/holt_winters.h"

#include <cassert>
#include <cmath>
#include <cstddef>

namespace salesdesk::core::forecasts {

std::vector<double> SeasonalNaive(std::span<const double> history, int horizon, int m) {
  assert(history.size() >= static_cast<std::size_t>(m));
  const auto t = static_cast<long>(history.size());
  std::vector<double> out;
  out.reserve(horizon);
  for (long h = 1; h <= horizon; ++h) {
    const long back = m * ((h + m - 1) / m);  // m·⌈h/m⌉
    out.push_back(history[t + h - back - 1]);
  }
  return out;
}

namespace {

// The known initial states (D-R6) into `ring` (s_1−m … s_0), level and trend.
void InitialStates(std::span<const double> y, int m, std::vector<double>& ring, double& level,
                   double& trend) {
  double first = 0;
  double second = 0;
  for (int j = 0; j < m; ++j) {
    first += y[j];
    second += y[m + j];
  }
  first /= m;
  second /= m;
  level = first;
  trend = (second - first) / m;
  ring.resize(m);
  for (int j = 0; j < m; ++j) ring[j] = y[j] - first;
}

// The component-form recursion over y from t = 1. ring[t mod m] holds s_t−m, replaced by s_t;
// on_fitted sees each one-step-ahead ŷ_t|t−1.
template <typename OnFitted>
void Recurse(std::span<const double> y, HoltWintersParams p, int m, std::vector<double>& ring,
             double& level, double& trend, OnFitted&& on_fitted) {
  for (std::size_t t = 0; t < y.size(); ++t) {
    double& s = ring[t % m];
    on_fitted(level + trend + s);
    const double new_level = p.alpha * (y[t] - s) + (1 - p.alpha) * (level + trend);
    const double new_trend = p.beta * (new_level - level) + (1 - p.beta) * trend;
    s = p.gamma * (y[t] - level - trend) + (1 - p.gamma) * s;
    level = new_level;
    trend = new_trend;
  }
}

}  // namespace

HoltWintersFit FitHoltWinters(std::span<const double> y, HoltWintersParams p, int m) {
  assert(y.size() >= static_cast<std::size_t>(2 * m));
  HoltWintersFit fit;
  std::vector<double> ring;
  InitialStates(y, m, ring, fit.initial_level, fit.initial_trend);
  fit.initial_season = ring;
  fit.level = fit.initial_level;
  fit.trend = fit.initial_trend;
  fit.fitted.reserve(y.size());
  Recurse(y, p, m, ring, fit.level, fit.trend, [&](double f) { fit.fitted.push_back(f); });
  fit.season.resize(m);
  const std::size_t n = y.size();
  for (int j = 0; j < m; ++j) fit.season[j] = ring[(n + j) % m];  // s_T−m+1+j
  return fit;
}

double HoldoutAbsError(std::span<const double> training, std::span<const double> holdout,
                       HoltWintersParams p, std::vector<double>& ring, int m) {
  assert(training.size() >= static_cast<std::size_t>(2 * m));
  double level = 0;
  double trend = 0;
  InitialStates(training, m, ring, level, trend);
  Recurse(training, p, m, ring, level, trend, [](double) {});
  const std::size_t n = training.size();
  double error = 0;
  for (std::size_t h = 1; h <= holdout.size(); ++h) {
    // As HoltWintersFit::Forecast: s_T+h−m(k+1) is ring[(n + (h − 1) mod m) mod m].
    const double f = level + static_cast<double>(h) * trend + ring[(n + (h - 1) % m) % m];
    error += std::abs(holdout[h - 1] - f);
  }
  return error;
}

std::vector<double> HoltWintersFit::Forecast(int horizon) const {
  const int m = static_cast<int>(season.size());
  std::vector<double> out;
  out.reserve(horizon);
  for (int h = 1; h <= horizon; ++h) {
    // s_T+h−m(k+1) with k = ⌊(h−1)/m⌋ is season[(h−1) mod m] (season[0] = s_T−m+1).
    out.push_back(level + h * trend + season[(h - 1) % m]);
  }
  return out;
}

}  // namespace salesdesk::core::forecasts
