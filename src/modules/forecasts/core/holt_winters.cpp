#include "modules/forecasts/core/holt_winters.h"

#include <cassert>
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

HoltWintersFit FitHoltWinters(std::span<const double> y, HoltWintersParams p, int m) {
  assert(y.size() >= static_cast<std::size_t>(2 * m));
  HoltWintersFit fit;
  double first = 0;
  double second = 0;
  for (int j = 0; j < m; ++j) {
    first += y[j];
    second += y[m + j];
  }
  first /= m;
  second /= m;
  fit.initial_level = first;
  fit.initial_trend = (second - first) / m;
  fit.initial_season.resize(m);
  for (int j = 0; j < m; ++j) fit.initial_season[j] = y[j] - first;

  // season[i] is s_t−m when observation t sits at i ≡ t−1 (mod m): a ring of the last m states.
  std::vector<double> ring = fit.initial_season;
  double level = fit.initial_level;
  double trend = fit.initial_trend;
  fit.fitted.reserve(y.size());
  for (std::size_t t = 0; t < y.size(); ++t) {
    double& s = ring[t % m];  // s_t−m, replaced by s_t
    fit.fitted.push_back(level + trend + s);
    const double new_level = p.alpha * (y[t] - s) + (1 - p.alpha) * (level + trend);
    const double new_trend = p.beta * (new_level - level) + (1 - p.beta) * trend;
    s = p.gamma * (y[t] - level - trend) + (1 - p.gamma) * s;
    level = new_level;
    trend = new_trend;
  }
  fit.level = level;
  fit.trend = trend;
  fit.season.resize(m);
  const std::size_t n = y.size();
  for (int j = 0; j < m; ++j) fit.season[j] = ring[(n + j) % m];  // s_T−m+1+j
  return fit;
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
