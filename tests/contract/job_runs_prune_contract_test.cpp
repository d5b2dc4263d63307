// Pruning job_runs (app/jobs/housekeeping.h) on both engines: old runs go in batches, each
// job's latest run stays, a second run finds nothing, and racing servers prune once.
#include <atomic>
#include <thread>

#include "app/jobs/housekeeping.h"
#include "app/jobs/job_runner.h"
#include "core/time/clock.h"
#include "storage/common/migration.h"
#include "storage/common/sql_store.h"
#include "storage_contract_fixture.h"

namespace salesdesk::storage::testing {
namespace {

constexpr std::int64_t kSecondUs = 1'000'000;
constexpr std::int64_t kHourS = 3600, kDayS = 86'400;
constexpr std::int64_t kDay0S = 1'800'000'000;  // the first run's start, in seconds

void Quiet(const app::ScheduledJob&, const core::Result<std::string>&) {}

class JobRunsPruneContract : public StorageContract {
 protected:
  void SetUp() override {
    StorageContract::SetUp();
    if (HasFatalFailure()) return;
    ASSERT_OK(Migrate(db()));
    // 60 days of history, each run started at its tick's start:
    //   "hourly"  every hour of days 0..59    1,440 runs
    //   "daily"   every day 0..59                60 runs
    //   "retired" every day 0..9, then never     10 runs
    SqlStore store(db());
    ASSERT_OK_AND_ASSIGN(auto uow, store.Write());
    auto add = [&](const std::string& job, std::int64_t period_s, std::int64_t count) {
      for (std::int64_t i = 0; i < count; ++i) {
        const std::int64_t start_s = kDay0S + i * period_s;
        ASSERT_OK(uow->ClaimJobRun(job, start_s / period_s, "a:1", start_s * kSecondUs));
      }
    };
    add("hourly", kHourS, 60 * 24);
    add("daily", kDayS, 60);
    add("retired", kDayS, 10);
    ASSERT_OK(uow->Commit());
  }

  std::int64_t Runs(const std::string& job) {
    return ReadInt("SELECT count(*) FROM job_runs WHERE job = '" + job + "'");
  }

  // Day 60 = 60 days after the first run; the cutoff is then day 30 (runs before it go).
  core::FixedClock day60_{*core::Timestamp::FromMicros((kDay0S + 60 * kDayS) * kSecondUs)};
};

TEST_P(JobRunsPruneContract, KeepsTheLastThirtyDaysAndEachJobsLatestRun) {
  SqlStore store(db());
  // hourly:  hours 0..719 start before day 30 -> 720 go, 720 stay (hour 720 starts at the
  //          cutoff exactly and stays: only runs started before it go);
  // daily:   days 0..29 go -> 30 go, 30 stay;
  // retired: days 0..9 are all old, but day 9 is its latest -> 9 go, 1 stays.
  // Deleted 720 + 30 + 9 = 759, in batches of 100 (eight batches, the last of 59).
  ASSERT_OK_AND_ASSIGN(const std::int64_t deleted,
                       app::PruneJobRuns(store, day60_, std::chrono::days(30), 100));
  EXPECT_EQ(deleted, 759);
  EXPECT_EQ(Runs("hourly"), 720);
  EXPECT_EQ(Runs("daily"), 30);
  EXPECT_EQ(Runs("retired"), 1);
  const std::int64_t cutoff_us = (kDay0S + 30 * kDayS) * kSecondUs;
  EXPECT_EQ(ReadInt("SELECT min(started_at) FROM job_runs WHERE job = 'hourly'"), cutoff_us);
  EXPECT_EQ(ReadInt("SELECT tick FROM job_runs WHERE job = 'retired'"), kDay0S / kDayS + 9);

  ASSERT_OK_AND_ASSIGN(const std::int64_t again,
                       app::PruneJobRuns(store, day60_, std::chrono::days(30), 100));
  EXPECT_EQ(again, 0) << "a second run finds nothing left to prune";
  EXPECT_EQ(ReadInt("SELECT count(*) FROM job_runs"), 751);
}

TEST_P(JobRunsPruneContract, ABatchDeletesNoMoreThanItsLimit) {
  SqlStore store(db());
  ASSERT_OK_AND_ASSIGN(auto uow, store.Write());
  ASSERT_OK_AND_ASSIGN(const std::int64_t deleted,
                       uow->PruneJobRuns((kDay0S + 30 * kDayS) * kSecondUs, 50));
  ASSERT_OK(uow->Commit());
  EXPECT_EQ(deleted, 50);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM job_runs"), 1510 - 50);
}

TEST_P(JobRunsPruneContract, RacingServersPruneOnce) {
  auto other = OpenAnother();
  SqlStore store_a(db()), store_b(*other);
  const auto jobs = app::PlatformJobs();
  app::JobRunner a(store_a, day60_, jobs, "a:1"), b(store_b, day60_, jobs, "b:2");
  std::atomic<int> ran{0};
  std::thread ta([&] { ran += a.RunDueJobs(&Quiet); });
  std::thread tb([&] { ran += b.RunDueJobs(&Quiet); });
  ta.join();
  tb.join();
  EXPECT_EQ(ran.load(), 1);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM job_runs WHERE job = 'platform.prune_job_runs' AND "
                    "finished_at IS NOT NULL AND outcome = ''"),
            1);
  // The 751 runs above survive (30 days' retention), plus the pruning job's own run.
  EXPECT_EQ(ReadInt("SELECT count(*) FROM job_runs"), 751 + 1);
  EXPECT_EQ(Runs("retired"), 1);
}

INSTANTIATE_TEST_SUITE_P(Storage, JobRunsPruneContract,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const ::testing::TestParamInfo<Backend>& info) {
                           return info.param == Backend::kSqlite ? "Sqlite" : "Postgres";
                         });

}  // namespace
}  // namespace salesdesk::storage::testing
