#include "modules/billing/core/interest.h"

#include <algorithm>
#include <vector>

#include "modules/billing/core/ratio.h"

namespace salesdesk::core::billing {

Result<std::int64_t> AccruedInterest(std::int64_t principal, Date due,
                                     std::span<const PrincipalReduction> reductions,
                                     const InterestTerms& terms, Date calc_date,
                                     std::int64_t interest_paid, bool from_first_reminder) {
  if (terms.annual_rate.units() < 0) {
    return Error::Invalid("annual_rate", Msg("field.negative", {{"field", "annual_rate"}}));
  }
  Date start = due;
  if (from_first_reminder) {
    if (!terms.first_reminder) return std::int64_t{0};
    start = std::max(due, *terms.first_reminder);
  }
  std::vector<PrincipalReduction> sorted(reductions.begin(), reductions.end());
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const auto& a, const auto& b) { return a.date < b.date; });
  // Σ P_k × days_k (principal-days), exact.
  __int128 principal_days = 0;
  __int128 open = principal;
  Date cursor = start;
  for (const PrincipalReduction& r : sorted) {
    if (r.date > calc_date) break;
    if (r.date > cursor) {
      principal_days += open * DaysBetween(cursor, r.date);
      cursor = r.date;
    }
    open -= r.amount;
    if (open < 0) open = 0;
  }
  if (calc_date > cursor) principal_days += open * DaysBetween(cursor, calc_date);
  // rate is units of 10^-4 percent: fraction = units / 10^6.
  const __int128 interest =
      RoundHalfUp(principal_days * terms.annual_rate.units(), static_cast<__int128>(365) * 1000000);
  return static_cast<std::int64_t>(std::max<__int128>(interest - interest_paid, 0));
}

}  // namespace salesdesk::core::billing
