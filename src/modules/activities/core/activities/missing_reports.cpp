#include "modules/activities/core/activities/missing_reports.h"

namespace salesdesk::core::activities {

std::vector<MissingReport> MissingReports(const std::vector<Date>& working_days,
                                          const std::set<Date>& reported, Date today,
                                          bool today_after_noon, std::size_t count) {
  const std::size_t first = working_days.size() > count ? working_days.size() - count : 0;
  std::vector<MissingReport> out;
  for (std::size_t i = first; i < working_days.size(); ++i) {
    const Date day = working_days[i];
    if (day >= today || reported.count(day) > 0) continue;
    const bool yesterday = DaysBetween(day, today) == 1;
    out.push_back({day, !yesterday || today_after_noon});
  }
  return out;
}

}  // namespace salesdesk::core::activities
