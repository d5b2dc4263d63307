// Customers lost against their own ordering rhythm (RULES B-R7). An account's order dates (the
// distinct dates of its confirmed, not-cancelled orders) give a median gap m; the account is at
// risk once its silence exceeds 2m and lost once it exceeds 3m and is at least 30 days. With
// fewer than three dates there is no rhythm: fixed thresholds of 90 and 180 days.
#pragma once

#include <cstdint>
#include <optional>
#include <span>

#include "core/time/date.h"

namespace salesdesk::core::appraisal {

struct RhythmRules {
  std::int64_t k_risk = 2;
  std::int64_t k_lost = 3;
  std::int64_t min_lost_days = 30;
  int max_gaps = 12;                   // the last 12 gaps at most
  int min_dates = 3;                   // fewer dates: the fixed thresholds
  std::int64_t fixed_risk_days = 90;   // at risk when silence > 90
  std::int64_t fixed_lost_days = 180;  // lost when silence > 180
};

enum class Standing { kActive, kAtRisk, kLost };

struct Rhythm {
  Date last_order;
  std::optional<std::int64_t>
      median_twice;   // 2·m, exact (an even count halves a sum); none: < 3 dates
  Date at_risk_from;  // the first day the silence exceeds the risk threshold
  Date lost_on;       // the lost date: last order + max(⌊k_lost·m⌋ + 1, min_lost_days)
};

// The rhythm of `dates` (distinct, ascending, at least one).
Rhythm RhythmOf(std::span<const Date> dates, const RhythmRules& rules = {});

// The standing on `day` of an account whose orders up to `day` are `dates` (distinct, ascending,
// at least one, none after `day`).
Standing StandingOn(std::span<const Date> dates, Date day, const RhythmRules& rules = {});

// The loss that counts in the month [first, last] (B-R7.5), evaluated on `today`: the lost date
// lies in the month and is not after today, no order came before it, and the account did not
// order again before the month ended (a "recovery" in the same month cancels the loss; a later
// one does not). `dates`: every order date known on `today`, distinct, ascending.
struct MonthLoss {
  Date lost_on;
  Date last_order;
  std::optional<Date> recovered_on;  // an order after the month (the recovery event)
};
std::optional<MonthLoss> LossInMonth(std::span<const Date> dates, Date first, Date last, Date today,
                                     const RhythmRules& rules = {});

}  // namespace salesdesk::core::appraisal
