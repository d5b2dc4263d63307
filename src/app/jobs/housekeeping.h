// The platform's own scheduled jobs, run by the JobRunner before the modules' jobs. Today one:
// pruning job_runs, which grows by one row per job and tick (the outbox: 1,440 rows a day).
#pragma once

#include <chrono>
#include <cstdint>
#include <vector>

#include "app/modules/app_module.h"
#include "app/ports/store.h"
#include "core/time/clock.h"

namespace salesdesk::app {

// How long job runs are kept; each job's latest run is kept whatever its age.
inline constexpr std::chrono::days kJobRunsRetention{30};
// Rows deleted per transaction, so a large table never holds SQLite's one writer for long.
inline constexpr std::int64_t kJobRunsPruneBatch = 1000;

// Deletes the runs that started more than `retention` before now, batch by batch (one write
// transaction each), keeping each job's latest run; returns how many it deleted.
core::Result<std::int64_t> PruneJobRuns(Store& store, const core::Clock& clock,
                                        std::chrono::days retention = kJobRunsRetention,
                                        std::int64_t batch = kJobRunsPruneBatch);

// The platform's jobs: "platform.prune_job_runs", daily.
std::vector<ScheduledJob> PlatformJobs();

}  // namespace salesdesk::app
