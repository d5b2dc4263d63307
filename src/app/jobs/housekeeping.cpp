#include "app/jobs/housekeeping.h"

#include <string>

namespace salesdesk::app {
namespace {

core::Result<std::string> PruneJobRunsJob(Store& store, const core::Clock& clock) {
  SD_ASSIGN(const std::int64_t deleted, PruneJobRuns(store, clock));
  if (deleted == 0) return std::string();
  return "deleted " + std::to_string(deleted) + " job runs older than " +
         std::to_string(kJobRunsRetention.count()) + " days";
}

}  // namespace

core::Result<std::int64_t> PruneJobRuns(Store& store, const core::Clock& clock,
                                        std::chrono::days retention, std::int64_t batch) {
  const std::int64_t cutoff =
      clock.Now().micros_since_epoch() -
      std::chrono::duration_cast<std::chrono::microseconds>(retention).count();
  std::int64_t total = 0;
  for (;;) {
    SD_ASSIGN(auto uow, store.Write());
    SD_ASSIGN(const std::int64_t deleted, uow->PruneJobRuns(cutoff, batch));
    SD_TRY(uow->Commit());
    total += deleted;
    if (deleted < batch) return total;
  }
}

std::vector<ScheduledJob> PlatformJobs() {
  return {{.name = "platform.prune_job_runs",
           .period = std::chrono::hours(24),
           .run = &PruneJobRunsJob}};
}

}  // namespace salesdesk::app
