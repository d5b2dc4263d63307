// The leader's review queue of daily reports (docs/activities.md, decision 0054): the team's
// submitted reports not yet reviewed, oldest first, and for each rep of the team the last
// working days (their schedule) without a submitted report.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "core/result.h"
#include "core/time/clock.h"
#include "core/time/date.h"

namespace salesdesk::app::activities {

struct MissingReportOfRep {
  std::int64_t owner_id = 0;
  core::Date date;
  bool overdue = false;                  // past noon of the next day
  std::optional<std::int64_t> draft_id;  // the rep started it but did not submit
};

struct ReviewQueue {
  std::string date;                         // today in the organisation's time zone
  std::vector<Record> reports;              // submitted, not reviewed, oldest day first
  std::vector<MissingReportOfRep> missing;  // by rep, oldest day first
};

// At most this many waiting reports are answered (the oldest).
inline constexpr std::int64_t kReviewQueueLimit = 200;

// For leaders (manager, senior manager, director): the reps they see (their sub-tree, or all
// for the director) and the reports within the caller's visibility; their own reports are not
// theirs to review. Everyone else: kForbidden.
core::Result<ReviewQueue> ReadReviewQueue(Store& store, const core::Clock& clock,
                                          const Caller& caller);

}  // namespace salesdesk::app::activities
