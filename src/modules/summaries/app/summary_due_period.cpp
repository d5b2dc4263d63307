#include "modules/summaries/app/summary_due_period.h"

#include <vector>

#include "app/access/caller.h"
#include "modules/activities/core/activities/previous_working_day.h"
#include "modules/schedules/app/working_days_reader.h"

namespace salesdesk::modules::summaries {

namespace cs = core::summaries;
using schedules::DayReason;

core::Result<cs::SummaryPeriod> DueSummaryPeriod(app::Store& store, std::int64_t user_id,
                                                 cs::Cadence cadence, core::Date today) {
  if (cadence != cs::Cadence::kDaily) return cs::LastClosedPeriod(cadence, today);
  SD_ASSIGN(const core::Date from, today.AddDays(-core::activities::kMeetingLookbackDays));
  SD_ASSIGN(const core::Date to, today.AddDays(-1));
  // The system reads the schedule: who may see the summary was decided by its owner's role.
  auto days = schedules::WorkingDaysOf(store, app::Caller::System(), user_id, from, to);
  if (!days.ok()) return cs::LastClosedPeriod(cadence, today);
  std::vector<core::Date> business;
  for (const schedules::WorkingDay& d : days->days) {
    const bool closed =
        d.half_days == 0 && (d.reason == DayReason::kWeekend || d.reason == DayReason::kHoliday);
    if (!closed) business.push_back(d.date);
  }
  SD_ASSIGN(const core::Date day, core::activities::PreviousWorkingDay(today, business));
  return cs::PeriodContaining(cadence, day);
}

}  // namespace salesdesk::modules::summaries
