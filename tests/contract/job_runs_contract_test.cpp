// Scheduled jobs when several servers share one database: each tick of a job is claimed in
// job_runs by exactly one runner, on both engines, also when the runners race.
#include <atomic>
#include <thread>

#include "app/jobs/job_runner.h"
#include "core/time/clock.h"
#include "storage/common/migration.h"
#include "storage/common/sql_store.h"
#include "storage_contract_fixture.h"

namespace salesdesk::storage::testing {
namespace {

std::atomic<int> g_runs{0};

core::Result<std::string> CountRun(app::Store&, const core::Clock&) {
  ++g_runs;
  return std::string("ran");
}

const app::ScheduledJob kJob{"test.count", std::chrono::seconds(600), &CountRun};

void Quiet(const app::ScheduledJob&, const core::Result<std::string>&) {}

class JobRunsContract : public StorageContract {
 protected:
  void SetUp() override {
    StorageContract::SetUp();
    if (HasFatalFailure()) return;
    ASSERT_OK(Migrate(db()));
    g_runs = 0;
  }
};

TEST_P(JobRunsContract, ATickIsClaimedOnceAndItsEndIsRecorded) {
  SqlStore store(db());
  {
    ASSERT_OK_AND_ASSIGN(auto uow, store.Write());
    ASSERT_OK_AND_ASSIGN(const bool first, uow->ClaimJobRun("j", 7, "a:1", 100));
    ASSERT_OK_AND_ASSIGN(const bool again, uow->ClaimJobRun("j", 7, "b:2", 101));
    ASSERT_OK_AND_ASSIGN(const bool next, uow->ClaimJobRun("j", 8, "b:2", 102));
    ASSERT_OK_AND_ASSIGN(const bool other, uow->ClaimJobRun("k", 7, "b:2", 103));
    EXPECT_TRUE(first);
    EXPECT_FALSE(again);
    EXPECT_TRUE(next);
    EXPECT_TRUE(other);
    ASSERT_OK(uow->FinishJobRun("j", 7, "database away", 200));
    ASSERT_OK(uow->Commit());
  }
  EXPECT_EQ(ReadInt("SELECT count(*) FROM job_runs"), 3);
  EXPECT_EQ(ReadInt("SELECT finished_at FROM job_runs WHERE job = 'j' AND tick = 7"), 200);
  auto rows = Read("SELECT runner, outcome FROM job_runs WHERE job = 'j' AND tick = 7");
  ASSERT_EQ(rows.rows.size(), 1u);
  EXPECT_EQ(std::get<std::string>(rows.rows[0][0]), "a:1");
  EXPECT_EQ(std::get<std::string>(rows.rows[0][1]), "database away");
}

TEST_P(JobRunsContract, TwoServersRunAJobOncePerTick) {
  auto other = OpenAnother();
  SqlStore store_a(db()), store_b(*other);
  core::FixedClock clock(*core::Timestamp::FromMicros(1'800'000'000'000'000));
  app::JobRunner a(store_a, clock, {kJob}, "a:1"), b(store_b, clock, {kJob}, "b:2");
  EXPECT_EQ(a.RunDueJobs(&Quiet) + b.RunDueJobs(&Quiet), 1);
  EXPECT_EQ(a.RunDueJobs(&Quiet) + b.RunDueJobs(&Quiet), 0) << "same tick: nobody runs again";
  ASSERT_OK(clock.Advance(600'000'000));
  EXPECT_EQ(b.RunDueJobs(&Quiet) + a.RunDueJobs(&Quiet), 1);
  EXPECT_EQ(g_runs.load(), 2);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM job_runs WHERE job = 'test.count' AND "
                    "finished_at IS NOT NULL AND outcome = ''"),
            2);
}

TEST_P(JobRunsContract, RacingServersStillRunEachTickOnce) {
  auto other = OpenAnother();
  SqlStore store_a(db()), store_b(*other);
  core::FixedClock clock(*core::Timestamp::FromMicros(1'800'000'000'000'000));
  constexpr int kTicks = 15;
  std::atomic<int> ran{0};
  for (int t = 0; t < kTicks; ++t) {
    app::JobRunner a(store_a, clock, {kJob}, "a:1"), b(store_b, clock, {kJob}, "b:2");
    std::thread ta([&] { ran += a.RunDueJobs(&Quiet); });
    std::thread tb([&] { ran += b.RunDueJobs(&Quiet); });
    ta.join();
    tb.join();
    ASSERT_OK(clock.Advance(600'000'000));
  }
  EXPECT_EQ(ran.load(), kTicks);
  EXPECT_EQ(g_runs.load(), kTicks);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM job_runs"), kTicks);
}

INSTANTIATE_TEST_SUITE_P(Storage, JobRunsContract,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const ::testing::TestParamInfo<Backend>& info) {
                           return info.param == Backend::kSqlite ? "Sqlite" : "Postgres";
                         });

}  // namespace
}  // namespace salesdesk::storage::testing
