// The morning meeting's "yesterday" (docs/activities.md, decision 0059): the team's previous
// working day, so Monday's meeting looks back at Friday and the day after a holiday at the day
// before it. Pure; the caller reads the team's working days (schedules).
#pragma once

#include <cstdint>
#include <vector>

#include "core/result.h"
#include "core/time/date.h"

namespace salesdesk::core::activities {

// How far back the meeting looks for a working day (a fortnight covers Easter or Christmas
// closings; a team idle for longer gets the calendar's previous day).
inline constexpr std::int64_t kMeetingLookbackDays = 14;

// The latest of `worked` (days on which someone of the team works, any order) before `date` and
// at most kMeetingLookbackDays back; the previous calendar day when there is none.
Result<Date> PreviousWorkingDay(Date date, const std::vector<Date>& worked);

}  // namespace salesdesk::core::activities
