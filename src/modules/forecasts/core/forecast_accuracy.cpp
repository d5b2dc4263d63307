#include "modules/forecasts/core/forecast_accuracy.h"

#include <utility>
#include <vector>

#include "modules/forecasts/core/exact_ratio.h"

namespace salesdesk::core::forecasts {
namespace {

__int128 Abs(__int128 v) { return v < 0 ? -v : v; }

}  // namespace

std::optional<std::size_t> SelectSnapshot(std::span<const Date> taken, Period month,
                                          SnapshotLag lag) {
  const std::int64_t from = FirstDay(month).days_since_epoch() + 7 * std::int64_t{lag.week - 1};
  const std::int64_t to = LastDay(month).days_since_epoch();
  std::optional<std::size_t> best;
  for (std::size_t i = 0; i < taken.size(); ++i) {
    const std::int64_t d = taken[i].days_since_epoch();
    if (d < from || d > to) continue;
    if (!best || d < taken[*best].days_since_epoch()) best = i;
  }
  return best;
}

Accuracy MeasureAccuracy(std::span<const AccuracyPeriod> periods) {
  Accuracy out;
  out.periods = static_cast<int>(periods.size());
  __int128 sum_actual = 0;
  __int128 sum_error = 0;
  __int128 sum_abs_error = 0;
  std::vector<std::pair<std::uint64_t, std::uint64_t>> mape_terms;
  for (const AccuracyPeriod& p : periods) {
    if (!p.forecast) continue;
    ++out.forecast_periods;
    const __int128 error = static_cast<__int128>(*p.forecast) - p.actual;
    sum_actual += p.actual;
    sum_error += error;
    sum_abs_error += Abs(error);
    if (p.actual != 0) {
      mape_terms.emplace_back(static_cast<std::uint64_t>(Abs(error)),
                              static_cast<std::uint64_t>(Abs(p.actual)));
    }
  }
  if (sum_actual > 0) {
    out.bias_bp = BasisPoints(sum_error, sum_actual);
    out.wape_bp = BasisPoints(sum_abs_error, sum_actual);
    out.accuracy_bp = BasisPoints(sum_actual - sum_abs_error, sum_actual);
  }
  out.mape_periods = static_cast<int>(mape_terms.size());
  if (!mape_terms.empty()) out.mape_bp = MeanRatioBasisPoints(mape_terms);
  return out;
}

TeamAccuracy MeasureTeamAccuracy(std::span<const TeamPeriod> periods) {
  std::vector<AccuracyPeriod> raw;
  std::vector<AccuracyPeriod> view;
  __int128 sum_actual = 0;
  __int128 raw_abs = 0;
  __int128 view_abs = 0;
  for (const TeamPeriod& p : periods) {
    raw.push_back({p.raw, p.actual});
    view.push_back({p.view, p.actual});
    if (!p.raw || !p.view) continue;
    sum_actual += p.actual;
    raw_abs += Abs(static_cast<__int128>(*p.raw) - p.actual);
    view_abs += Abs(static_cast<__int128>(*p.view) - p.actual);
  }
  TeamAccuracy out{MeasureAccuracy(view), MeasureAccuracy(raw), std::nullopt};
  if (sum_actual > 0) out.adjustment_value_add_bp = BasisPoints(raw_abs - view_abs, sum_actual);
  return out;
}

}  // namespace salesdesk::core::forecasts
