// D-R6: seasonal naive and additive Holt-Winters in fpp3's component form (§8.3), with the
// "known" initial states (statsmodels initialization_method="known"). Computed in double;
// rounded only for display (RULES.md 0.3).
#pragma once

#include <span>
#include <vector>

namespace salesdesk::core::forecasts {

inline constexpr int kSeason = 12;  // monthly series

// ŷ_T+h = y_T+h−m·⌈h/m⌉ for h = 1..horizon. history.size() must be ≥ m.
std::vector<double> SeasonalNaive(std::span<const double> history, int horizon, int m = kSeason);

// statsmodels: smoothing_level, smoothing_trend, smoothing_seasonal.
struct HoltWintersParams {
  double alpha = 0;
  double beta = 0;
  double gamma = 0;
};

struct HoltWintersFit {
  double level = 0;                    // ℓ_T
  double trend = 0;                    // b_T
  std::vector<double> season;          // s_T−m+1 … s_T
  std::vector<double> fitted;          // one-step-ahead ŷ_t|t−1 for t = 1..T
  double initial_level = 0;            // ℓ_0
  double initial_trend = 0;            // b_0
  std::vector<double> initial_season;  // s_1−m … s_0

  // ŷ_T+h|T = ℓ_T + h·b_T + s_T+h−m(k+1), k = ⌊(h − 1)/m⌋, for h = 1..horizon.
  std::vector<double> Forecast(int horizon) const;
};

// Initial states from the first 2m observations: ℓ0 = mean(y1…ym), b0 = (mean(ym+1…y2m) − ℓ0)/m,
// s_j−m = y_j − ℓ0; then the recursion over every observation from t = 1. y.size() must be ≥ 2m.
HoltWintersFit FitHoltWinters(std::span<const double> y, HoltWintersParams params, int m = kSeason);

// Σ|y − ŷ| over `holdout` of the forecasts FitHoltWinters(training, params).Forecast(holdout
// size) makes, by the same recursion, without keeping fitted values: the grid search runs it 229
// times a series. `scratch` is reused between calls.
double HoldoutAbsError(std::span<const double> training, std::span<const double> holdout,
                       HoltWintersParams params, std::vector<double>& scratch, int m = kSeason);

}  // namespace salesdesk::core::forecasts
