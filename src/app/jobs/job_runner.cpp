#include "app/jobs/job_runner.h"

#include "app/jobs/housekeeping.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace salesdesk::app {
namespace {

std::int64_t PeriodUs(const ScheduledJob& job) {
  return std::max<std::int64_t>(1, job.period.count()) * 1'000'000;
}

}  // namespace

JobRunner::JobRunner(Store& store, const core::Clock& clock, std::vector<ScheduledJob> jobs,
                     std::string runner)
    : store_(store),
      clock_(clock),
      jobs_(std::move(jobs)),
      runner_(std::move(runner)),
      last_tick_(jobs_.size(), -1) {}

std::vector<ScheduledJob> JobRunner::InstalledJobs() {
  std::vector<ScheduledJob> jobs = PlatformJobs();
  for (const AppModule* m : InstalledModules())
    jobs.insert(jobs.end(), m->jobs.begin(), m->jobs.end());
  return jobs;
}

std::string JobRunner::DefaultRunnerName() {
  char host[256] = {};
  if (gethostname(host, sizeof host - 1) != 0) host[0] = '\0';
  return std::string(host) + ":" + std::to_string(getpid());
}

core::Result<bool> JobRunner::Claim(const ScheduledJob& job, std::int64_t tick) {
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(const bool claimed, uow->ClaimJobRun(std::string(job.name), tick, runner_,
                                                 clock_.Now().micros_since_epoch()));
  if (claimed) SD_TRY(uow->Commit());
  return claimed;
}

void JobRunner::Finish(const ScheduledJob& job, std::int64_t tick,
                       const core::Result<std::string>& outcome) {
  auto uow = store_.Write();
  if (!uow.ok()) return;  // the run happened; only its record is missing
  const std::string words = outcome.ok() ? "" : outcome.error().message;
  if ((*uow)
          ->FinishJobRun(std::string(job.name), tick, words, clock_.Now().micros_since_epoch())
          .ok()) {
    (void)(*uow)->Commit();
  }
}

int JobRunner::RunDueJobs(Log log) {
  int ran = 0;
  for (std::size_t i = 0; i < jobs_.size(); ++i) {
    const std::int64_t tick = clock_.Now().micros_since_epoch() / PeriodUs(jobs_[i]);
    if (tick == last_tick_[i]) continue;
    auto claimed = Claim(jobs_[i], tick);
    if (!claimed.ok()) {  // the database is away: try again at the next wake-up
      log(jobs_[i], core::Result<std::string>(claimed.error()));
      continue;
    }
    last_tick_[i] = tick;
    if (!*claimed) continue;  // another server runs it this tick
    auto outcome = jobs_[i].run_with != nullptr ? jobs_[i].run_with(store_, clock_, services_)
                                                : jobs_[i].run(store_, clock_);
    Finish(jobs_[i], tick, outcome);
    log(jobs_[i], outcome);
    ++ran;
  }
  return ran;
}

void JobRunner::Run(std::stop_token stop, Log log) {
  std::mutex mutex;
  std::condition_variable_any wake;
  while (!stop.stop_requested()) {
    RunDueJobs(log);
    // Wake at the next tick boundary of the soonest job (at most a minute away, so a clock
    // change or a failed claim is retried soon).
    std::int64_t wait_us = 60'000'000;
    const std::int64_t now = clock_.Now().micros_since_epoch();
    for (const auto& job : jobs_) {
      wait_us = std::min(wait_us, PeriodUs(job) - now % PeriodUs(job));
    }
    std::unique_lock lock(mutex);
    wake.wait_for(lock, stop, std::chrono::microseconds(std::max<std::int64_t>(wait_us, 1000)),
                  [] { return false; });
  }
}

}  // namespace salesdesk::app
