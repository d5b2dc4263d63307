// The demo company's forecasts on both databases: a snapshot for each of the twelve closed months
// (taken on its first Monday) and this week's from the live deals, and one Commit adjustment per
// regional team this month, exactly one of them stale (its basis is not the rep's number today).
#include "app/auth/auth_service.h"
#include "app/demo/demo_company.h"
#include "contract/storage_contract_fixture.h"
#include "core/time/timestamp.h"
#include "storage/common/migration.h"
#include "storage/common/sql_store.h"

namespace salesdesk::storage::testing {
namespace {

class ForecastsDemoContract : public StorageContract {
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

TEST_P(ForecastsDemoContract, DemoHasAYearOfSnapshotsAndOneStaleAdjustment) {
  // Sunday 22 November 2026: this week's Monday is the 16th.
  core::FixedClock clock(
      *core::Timestamp::FromMicros(core::DaysFromCivil(2026, 11, 22) * 86'400'000'000LL));
  app::AuthService auth(store(), clock);
  app::DemoOptions options;
  options.accounts = 400;
  options.products = 40;
  options.reps = 8;
  ASSERT_OK(app::GenerateDemoCompany(store(), auth, clock, options));

  // November 2025 … October 2026, each on its first Monday (1 Dec 2025 is one), and this week's.
  EXPECT_EQ(ReadInt("SELECT count(DISTINCT taken_on) FROM forecast_snapshots"), 13);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM forecast_snapshots WHERE taken_on = '2025-12-01' AND "
                    "period = '2025-12'"),
            ReadInt("SELECT count(*) FROM forecast_snapshots WHERE taken_on = '2026-11-16' AND "
                    "period = '2026-11'"));
  // This week's: this month, the next two, this and next quarter.
  EXPECT_EQ(ReadInt("SELECT count(DISTINCT period) FROM forecast_snapshots WHERE taken_on = "
                    "'2026-11-16'"),
            5);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM forecast_adjustments WHERE period = '2026-11' AND "
                    "category = 'commit' AND status = 'active'"),
            4);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM forecast_adjustments a JOIN forecast_snapshots s ON "
                    "s.owner_id = a.subject_id AND s.period = a.period AND s.taken_on = "
                    "'2026-11-16' WHERE a.basis_minor <> s.view_commit"),
            1);
}

INSTANTIATE_TEST_SUITE_P(Storage, ForecastsDemoContract,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const auto& info) {
                           return std::string(info.param == Backend::kSqlite ? "Sqlite"
                                                                             : "Postgres");
                         });

}  // namespace
}  // namespace salesdesk::storage::testing
