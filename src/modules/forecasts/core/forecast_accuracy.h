// D-R5: how accurate a person's submitted forecast was, and which snapshot holds it
// (docs/forecasts.md). Amounts are minor units; ratios are basis points, rounded half-up once
// from the exact rational (RULES.md 0.3).
#pragma once

#include <cstdint>
#include <optional>
#include <span>

#include "core/time/date.h"
#include "modules/forecasts/core/forecast_rollup.h"

namespace salesdesk::core::forecasts {

// Which weekly snapshot holds the forecast of a month: the first one taken on or after the
// month's first day + 7 × (week − 1) days ("week 1": the first snapshot of the month; week 0:
// the last week before it) and no later than the month's last day.
struct SnapshotLag {
  int week = 1;
};

// The index into `taken` (snapshot dates, any order) of the snapshot holding `month`'s forecast;
// nullopt when none qualifies.
std::optional<std::size_t> SelectSnapshot(std::span<const Date> taken, Period month,
                                          SnapshotLag lag = {});

struct AccuracyPeriod {
  std::optional<std::int64_t> forecast;  // F: nullopt when no snapshot held the month
  std::int64_t actual = 0;               // A: closed won in the month (credited share)
};

struct Accuracy {
  int periods = 0;           // m: periods asked about
  int forecast_periods = 0;  // of them, those with a forecast (the others are left out)
  // Σ(F − A) / ΣA: positive = over-forecast. n/a (nullopt) when ΣA ≤ 0.
  std::optional<std::int64_t> bias_bp;
  std::optional<std::int64_t> wape_bp;      // Σ|F − A| / ΣA
  std::optional<std::int64_t> accuracy_bp;  // 1 − WAPE, rounded from the exact value
  // Mean of |F − A| / |A| over the mape_periods periods with A ≠ 0 ("n of m"); n/a when none.
  std::optional<std::int64_t> mape_bp;
  int mape_periods = 0;
};

Accuracy MeasureAccuracy(std::span<const AccuracyPeriod> periods);

// A manager's periods: their view and the raw roll-up (no adjustments) against the team's actuals.
struct TeamPeriod {
  std::optional<std::int64_t> raw;
  std::optional<std::int64_t> view;
  std::int64_t actual = 0;
};

struct TeamAccuracy {
  Accuracy view;
  Accuracy raw;
  // WAPE(raw) − WAPE(view) over the periods having both, from the exact difference: positive
  // when the adjustments made the forecast better. n/a when ΣA ≤ 0.
  std::optional<std::int64_t> adjustment_value_add_bp;
};

TeamAccuracy MeasureTeamAccuracy(std::span<const TeamPeriod> periods);

}  // namespace salesdesk::core::forecasts
