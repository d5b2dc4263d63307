// The month a cockpit answers for and the day its figures are read on: today inside the current
// month, the month's last day for a month already over. A month still to come has no figures.
#pragma once

#include "core/result.h"
#include "core/time/date.h"
#include "modules/appraisal/core/appraisal_month.h"

namespace salesdesk::core::cockpit {

// kInvalidArgument naming "period" for a month after `today`'s.
Result<Date> AsOfDay(appraisal::Month period, Date today);

}  // namespace salesdesk::core::cockpit
