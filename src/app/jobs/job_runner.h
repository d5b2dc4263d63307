// Runs the platform's and the installed modules' scheduled jobs (app/modules/app_module.h) on one
// thread: each once per tick of its period (the period number since the epoch, by the clock), until
// stopped. A run is claimed in the database first (job_runs, app/ports/job_run_log.h), so when
// several servers share PostgreSQL exactly one of them runs a job in a given tick.
#pragma once

#include <stop_token>
#include <string>
#include <vector>

#include "app/modules/app_module.h"
#include "app/ports/store.h"
#include "core/time/clock.h"

namespace salesdesk::app {

class JobRunner {
 public:
  using Log = void (*)(const ScheduledJob& job, const core::Result<std::string>& outcome);

  // `runner` names this server in job_runs (host and process id by default).
  JobRunner(Store& store, const core::Clock& clock, std::vector<ScheduledJob> jobs,
            std::string runner = DefaultRunnerName());
  // Blocks until `stop` is requested; logs each run's answer through `log`.
  void Run(std::stop_token stop, Log log);
  // The services jobs with `run_with` get (the outbox's mail relay); none by default.
  void Provide(JobServices services) { services_ = services; }
  // Runs every job whose current tick no runner has claimed yet; returns how many ran.
  int RunDueJobs(Log log);
  // The platform's jobs (app/jobs/housekeeping.h), then every installed module's.
  static std::vector<ScheduledJob> InstalledJobs();
  static std::string DefaultRunnerName();

 private:
  // Claims the job's current tick; false when another runner holds it (or the claim failed).
  core::Result<bool> Claim(const ScheduledJob& job, std::int64_t tick);
  void Finish(const ScheduledJob& job, std::int64_t tick, const core::Result<std::string>& outcome);

  Store& store_;
  const core::Clock& clock_;
  std::vector<ScheduledJob> jobs_;
  std::string runner_;
  JobServices services_;
  std::vector<std::int64_t> last_tick_;  // per job: the tick last looked at (claimed or not)
};

}  // namespace salesdesk::app
