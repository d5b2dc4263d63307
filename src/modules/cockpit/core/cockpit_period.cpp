#include "modules/cockpit/core/cockpit_period.h"

namespace salesdesk::core::cockpit {

Result<Date> AsOfDay(appraisal::Month period, Date today) {
  const appraisal::Month now = appraisal::MonthOf(today);
  if (period > now) {
    return Error::Invalid("period", Msg("cockpit.period_future", {{"period", period.ToString()},
                                                                  {"current", now.ToString()}}));
  }
  return period == now ? today : period.Last();
}

}  // namespace salesdesk::core::cockpit
