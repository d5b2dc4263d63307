#include "app/jobs/job_runner.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace salesdesk::app {

JobRunner::JobRunner(Store& store, const core::Clock& clock, std::vector<ScheduledJob> jobs)
    : store_(store), clock_(clock), jobs_(std::move(jobs)) {}

std::vector<ScheduledJob> JobRunner::InstalledJobs() {
  std::vector<ScheduledJob> jobs;
  for (const AppModule* m : InstalledModules())
    jobs.insert(jobs.end(), m->jobs.begin(), m->jobs.end());
  return jobs;
}

void JobRunner::Run(std::stop_token stop, void (*log)(const ScheduledJob& job,
                                                      const core::Result<std::string>& outcome)) {
  using Steady = std::chrono::steady_clock;
  // Steady time: a wall-clock jump must not run every job at once or stall them.
  std::vector<Steady::time_point> due(jobs_.size(), Steady::now());
  std::mutex mutex;
  std::condition_variable_any wake;
  while (!stop.stop_requested()) {
    for (std::size_t i = 0; i < jobs_.size() && !stop.stop_requested(); ++i) {
      if (Steady::now() < due[i]) continue;
      log(jobs_[i], jobs_[i].run(store_, clock_));
      due[i] = Steady::now() + jobs_[i].period;
    }
    if (jobs_.empty()) due.assign(1, Steady::now() + std::chrono::hours(1));
    const auto next = *std::min_element(due.begin(), due.end());
    std::unique_lock lock(mutex);
    wake.wait_until(lock, stop, next, [] { return false; });
  }
}

}  // namespace salesdesk::app
