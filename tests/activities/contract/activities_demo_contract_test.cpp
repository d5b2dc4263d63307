// The demo's "today" is the company's day (settings.time_zone, Europe/Madrid), not UTC's: made at
// 23:30 UTC on a Friday, when it is already Saturday in Madrid, the reps' plans, the next steps
// due today and the morning meeting's yesterday all fall on Madrid's days (CI failed on this at
// that hour: the morning meeting had no plans and a payment dated by UTC preceded its invoice).
#include "app/auth/auth_service.h"
#include "app/demo/demo_company.h"
#include "contract/storage_contract_fixture.h"
#include "core/time/timestamp.h"
#include "storage/common/migration.h"
#include "storage/common/sql_store.h"

namespace salesdesk::storage::testing {
namespace {

constexpr std::int64_t kHour = 3'600'000'000LL;
constexpr std::int64_t kDay = 24 * kHour;

class ActivitiesDemoContract : public StorageContract {};

TEST_P(ActivitiesDemoContract, TodayIsMadridsDayWhenUtcIsStillYesterday) {
  ASSERT_OK(Migrate(db()));
  SqlStore store(db());
  const std::int64_t friday = core::DaysFromCivil(2026, 12, 4) * kDay;
  core::FixedClock clock(*core::Timestamp::FromMicros(friday + 23 * kHour + 30 * 60'000'000LL));
  app::AuthService auth(store, clock);
  app::DemoOptions options;
  options.accounts = 60;
  options.products = 20;
  options.reps = 6;
  ASSERT_OK(app::GenerateDemoCompany(store, auth, clock, options));

  // Saturday 5 December in Madrid (CET, UTC+1) runs from Friday 23:00 UTC.
  const std::int64_t saturday = friday + 23 * kHour;
  const auto planned_between = [&](std::int64_t from, std::int64_t to) {
    return ReadInt("SELECT count(*) FROM activities WHERE status = 'planned' AND planned_at >= " +
                   std::to_string(from) + " AND planned_at < " + std::to_string(to));
  };
  const std::int64_t reps = ReadInt("SELECT count(*) FROM users WHERE role = 'rep'");
  ASSERT_GT(reps, 0);
  EXPECT_GE(planned_between(saturday, saturday + kDay), 3 * reps) << "three calls each";
  EXPECT_EQ(planned_between(saturday - kDay, saturday), 0) << "nothing planned on Madrid's Friday";
  // Plans are in office hours of Madrid: none before 09:00 there.
  EXPECT_EQ(planned_between(saturday, saturday + 9 * kHour), 0);
  EXPECT_GE(ReadInt("SELECT count(*) FROM activities WHERE next_action_on = '2026-12-05'"), reps);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM activities WHERE next_action_on = '2026-12-04' AND "
                    "next_step = 'Send the revised quote'"),
            0);
  // The morning meeting's yesterday (the weekday before Saturday) has done calls and reports.
  EXPECT_GE(
      ReadInt("SELECT count(*) FROM activities WHERE status = 'done' AND kind = 'call' "
              "AND planned_at >= " +
              std::to_string(saturday - kDay) + " AND planned_at < " + std::to_string(saturday)),
      2 * reps);
  EXPECT_GE(ReadInt("SELECT count(*) FROM daily_reports WHERE report_date = '2026-12-04'"), reps);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM daily_reports WHERE report_date >= '2026-12-05'"), 0);
}

INSTANTIATE_TEST_SUITE_P(Storage, ActivitiesDemoContract,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const auto& info) {
                           return std::string(info.param == Backend::kSqlite ? "Sqlite"
                                                                             : "Postgres");
                         });

}  // namespace
}  // namespace salesdesk::storage::testing
