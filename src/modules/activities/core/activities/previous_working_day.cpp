#include "modules/activities/core/activities/previous_working_day.h"

#include <optional>

namespace salesdesk::core::activities {

Result<Date> PreviousWorkingDay(Date date, const std::vector<Date>& worked) {
  SD_ASSIGN(const Date earliest, date.AddDays(-kMeetingLookbackDays));
  std::optional<Date> best;
  for (const Date d : worked) {
    if (d < date && d >= earliest && (!best || d > *best)) best = d;
  }
  if (best) return *best;
  return date.AddDays(-1);
}

}  // namespace salesdesk::core::activities
