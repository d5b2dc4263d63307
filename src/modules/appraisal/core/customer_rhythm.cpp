#include "modules/appraisal/core/customer_rhythm.h"

#include <algorithm>
#include <vector>

namespace salesdesk::core::appraisal {
namespace {

Date Plus(Date d, std::int64_t days) { return *d.AddDays(days); }

// ⌊k·m⌋ + 1 with m = median_twice / 2: the first whole silence that exceeds k·m.
std::int64_t FirstOver(std::int64_t k, std::int64_t median_twice) {
  return k * median_twice / 2 + 1;
}

}  // namespace

Rhythm RhythmOf(std::span<const Date> dates, const RhythmRules& rules) {
  const Date last = dates.back();
  if (static_cast<int>(dates.size()) < rules.min_dates) {
    return {last, std::nullopt, Plus(last, rules.fixed_risk_days + 1),
            Plus(last, rules.fixed_lost_days + 1)};
  }
  const std::size_t n_gaps =
      std::min<std::size_t>(dates.size() - 1, static_cast<std::size_t>(rules.max_gaps));
  std::vector<std::int64_t> gaps;
  for (std::size_t i = dates.size() - n_gaps; i < dates.size(); ++i) {
    gaps.push_back(DaysBetween(dates[i - 1], dates[i]));
  }
  std::sort(gaps.begin(), gaps.end());
  const std::size_t mid = gaps.size() / 2;
  const std::int64_t median_twice =
      gaps.size() % 2 == 1 ? 2 * gaps[mid] : gaps[mid - 1] + gaps[mid];
  return {last, median_twice, Plus(last, FirstOver(rules.k_risk, median_twice)),
          Plus(last, std::max(FirstOver(rules.k_lost, median_twice), rules.min_lost_days))};
}

Standing StandingOn(std::span<const Date> dates, Date day, const RhythmRules& rules) {
  const Rhythm r = RhythmOf(dates, rules);
  if (day >= r.lost_on) return Standing::kLost;
  if (day >= r.at_risk_from) return Standing::kAtRisk;
  return Standing::kActive;
}

std::optional<MonthLoss> LossInMonth(std::span<const Date> dates, Date first, Date last, Date today,
                                     const RhythmRules& rules) {
  for (std::size_t j = 0; j < dates.size(); ++j) {
    const Rhythm r = RhythmOf(dates.first(j + 1), rules);
    if (r.lost_on < first || r.lost_on > last || r.lost_on > today) continue;
    const bool next = j + 1 < dates.size();
    if (next && dates[j + 1] <= r.lost_on) continue;  // ordered before the silence grew too long
    if (next && dates[j + 1] <= last) continue;       // recovered within the month
    return MonthLoss{r.lost_on, dates[j], next ? std::optional<Date>(dates[j + 1]) : std::nullopt};
  }
  return std::nullopt;
}

}  // namespace salesdesk::core::appraisal
