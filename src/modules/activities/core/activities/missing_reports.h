// Which of a rep's recent working days have no submitted report: the manager's review queue
// lists them per rep (docs/activities.md, decision 0054). Pure; the caller reads the working
// days (schedules) and the reports.
#pragma once

#include <cstddef>
#include <set>
#include <vector>

#include "core/time/date.h"

namespace salesdesk::core::activities {

// How many of a rep's last working days the queue looks back over.
inline constexpr std::size_t kReviewQueueWorkingDays = 5;
// The calendar window those days are looked for in (two weeks cover five working days
// unless the rep was on leave, and then the older days are not the queue's business).
inline constexpr std::int64_t kReviewQueueWindowDays = 14;

struct MissingReport {
  Date date;
  bool overdue = false;  // past its deadline (noon of the next day): it can no longer be on time
};

// Of `working_days` (ascending, each before `today`), the last `count`, without those in
// `reported` (days with a submitted or reviewed report); oldest first. Yesterday's is overdue
// only once `today_after_noon`.
std::vector<MissingReport> MissingReports(const std::vector<Date>& working_days,
                                          const std::set<Date>& reported, Date today,
                                          bool today_after_noon,
                                          std::size_t count = kReviewQueueWorkingDays);

}  // namespace salesdesk::core::activities
