// The demo company's targets on both databases: every rep has an activated revenue plan and an
// activated visits or calls plan for the current year, and each decomposition adds up exactly on
// every level (RULES A-R3, A-R4) on the rep's own working days.
#include "app/auth/auth_service.h"
#include "app/demo/demo_company.h"
#include "contract/storage_contract_fixture.h"
#include "core/time/timestamp.h"
#include "storage/common/migration.h"
#include "storage/common/sql_store.h"

namespace salesdesk::storage::testing {
namespace {

class TargetsDemoContract : public StorageContract {
 protected:
  void SetUp() override {
    StorageContract::SetUp();
    if (HasFatalFailure()) return;
    ASSERT_OK(Migrate(db()));
    store_ = std::make_unique<SqlStore>(db());
  }
  SqlStore& store() { return *store_; }

 private:
  std::unique_ptr<SqlStore> store_;
};

TEST_P(TargetsDemoContract, EveryRepHasActivePlansThatAddUpToTheDay) {
  core::FixedClock clock(
      *core::Timestamp::FromMicros(core::DaysFromCivil(2026, 11, 22) * 86'400'000'000LL));
  app::AuthService auth(store(), clock);
  app::DemoOptions options;
  options.accounts = 200;
  options.products = 20;
  options.reps = 6;
  ASSERT_OK(app::GenerateDemoCompany(store(), auth, clock, options));

  const std::int64_t reps = ReadInt("SELECT count(*) FROM users WHERE role = 'rep'");
  ASSERT_GT(reps, 0);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM target_plans WHERE status = 'active' AND fiscal_year = "
                    "2026 AND measure = 'revenue'"),
            reps);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM target_plans WHERE status = 'active' AND fiscal_year = "
                    "2026 AND measure IN ('visits', 'calls')"),
            reps);
  // Activity plans follow last year's done activities (10 % more), shaped by their months.
  EXPECT_EQ(ReadInt("SELECT count(*) FROM target_plans WHERE measure IN ('visits', 'calls') AND "
                    "profile_kind = 'last_year'"),
            reps);
  // 12 months, and a day row for each of the 365 days, per plan.
  EXPECT_EQ(ReadInt("SELECT count(*) FROM target_periods WHERE level = 'month'"), 2 * reps * 12);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM target_periods WHERE level = 'day'"), 2 * reps * 365);
  // Months, week parts and days each add up to the annual total of their plan.
  for (const char* level : {"month", "week_part", "day"}) {
    EXPECT_EQ(ReadInt(std::string("SELECT count(*) FROM target_plans p WHERE p.annual_total <> "
                                  "(SELECT sum(t.target) FROM target_periods t WHERE t.plan_id = "
                                  "p.id AND t.level = '") +
                      level + "')"),
              0)
        << level;
  }
  // Weekends and holidays carry no target; the plans are the reps' own.
  EXPECT_EQ(ReadInt("SELECT count(*) FROM target_periods WHERE level = 'day' AND half_days = 0 "
                    "AND target <> 0"),
            0);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM target_plans p JOIN users u ON u.id = p.owner_id "
                    "WHERE u.role <> 'rep'"),
            0);
}

INSTANTIATE_TEST_SUITE_P(Storage, TargetsDemoContract,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const auto& info) {
                           return std::string(info.param == Backend::kSqlite ? "Sqlite"
                                                                             : "Postgres");
                         });

}  // namespace
}  // namespace salesdesk::storage::testing
