// Runs the installed modules' scheduled jobs (app/modules/app_module.h) on one thread: each once
// at start, then every period, until stopped. One thread for all jobs, not one per feature.
#pragma once

#include <stop_token>
#include <vector>

#include "app/modules/app_module.h"
#include "app/ports/store.h"
#include "core/time/clock.h"

namespace salesdesk::app {

class JobRunner {
 public:
  JobRunner(Store& store, const core::Clock& clock, std::vector<ScheduledJob> jobs);
  // Blocks until `stop` is requested; logs each job's answer through `log`.
  void Run(std::stop_token stop,
           void (*log)(const ScheduledJob& job, const core::Result<std::string>& outcome));
  // Every installed module's jobs.
  static std::vector<ScheduledJob> InstalledJobs();

 private:
  Store& store_;
  const core::Clock& clock_;
  std::vector<ScheduledJob> jobs_;
};

}  // namespace salesdesk::app
