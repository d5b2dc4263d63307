// Date windows of pricing rules: yearly recurring seasons and the cumulative-volume period.
#pragma once

#include "core/result.h"
#include "core/time/date.h"
#include "modules/sales/core/pricing/pricing_rule.h"

namespace salesdesk::core::pricing {

// True when `date`'s (month, day) lies in the window, both ends inclusive; from > to wraps the
// year end, so Nov 15 -> Feb 15 holds Dec 31 and Jan 1.
bool InSeason(const SeasonWindow& season, CivilDate date);

// The dates whose purchases count towards a cumulative rule priced on `date`, both inclusive:
// the rolling_days days ending on `date`, or Jan 1 of its year through `date`. The caller sums the
// account's quantities in this window and passes the figure as PurchasedVolume.
struct DateRange {
  Date from;
  Date to;
};
Result<DateRange> CumulativeWindow(const CumulativeVolume& volume, Date date);

}  // namespace salesdesk::core::pricing
