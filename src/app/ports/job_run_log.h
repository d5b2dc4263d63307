// Runs of scheduled jobs: one row per job and tick, so that of several servers sharing a
// database exactly one runs a job in a given tick (the first to insert the row).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/result.h"

namespace salesdesk::app {

class JobRunLog {
 public:
  virtual ~JobRunLog() = default;

  // Claims the job's run for `tick` (a period number since the epoch) for `runner`; false when
  // another runner already holds that tick.
  virtual core::Result<bool> ClaimJobRun(const std::string& job, std::int64_t tick,
                                         const std::string& runner, std::int64_t now_us) = 0;
  // Records how the claimed run ended ("" = ok, else the error's words).
  virtual core::Result<void> FinishJobRun(const std::string& job, std::int64_t tick,
                                          const std::string& outcome, std::int64_t now_us) = 0;
  // Deletes at most `limit` runs that started before `started_before_us`, never a job's latest
  // (highest tick) run, which is what proves the job still runs; returns how many it deleted.
  virtual core::Result<std::int64_t> PruneJobRuns(std::int64_t started_before_us,
                                                  std::int64_t limit) = 0;
};

}  // namespace salesdesk::app
