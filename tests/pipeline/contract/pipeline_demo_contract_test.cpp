// The demo company's pipeline on both databases: six stages, open deals in every open stage
// owned by their account's owner (some rotting), and 36 months of won and lost deals in which the
// southern territories peak in summer while the rest stays flat (the forecasts' season).
#include "app/auth/auth_service.h"
#include "app/demo/demo_company.h"
#include "contract/storage_contract_fixture.h"
#include "core/time/timestamp.h"
#include "storage/common/migration.h"
#include "storage/common/sql_store.h"

namespace salesdesk::storage::testing {
namespace {

class PipelineDemoContract : public StorageContract {
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

TEST_P(PipelineDemoContract, DemoDealsCoverTheStagesAndShowASummerPeak) {
  core::FixedClock clock(
      *core::Timestamp::FromMicros(core::DaysFromCivil(2026, 11, 22) * 86'400'000'000LL));
  app::AuthService auth(store(), clock);
  app::DemoOptions options;
  options.accounts = 400;
  options.products = 40;
  options.reps = 8;
  ASSERT_OK(app::GenerateDemoCompany(store(), auth, clock, options));

  EXPECT_EQ(ReadInt("SELECT count(*) FROM pipeline_stages"), 6);
  EXPECT_EQ(ReadInt("SELECT count(DISTINCT o.stage_id) FROM opportunities o JOIN pipeline_stages "
                    "s ON s.id = o.stage_id WHERE s.won = 0 AND s.lost = 0"),
            4);
  // Deals belong to their account's owner; a lost one says why; categories follow the stage.
  EXPECT_EQ(ReadInt("SELECT count(*) FROM opportunities o JOIN accounts a ON a.id = o.account_id "
                    "WHERE a.owner_id <> o.owner_id"),
            0);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM opportunities o JOIN pipeline_stages s ON "
                    "s.id = o.stage_id WHERE s.forecast_category <> o.forecast_category"),
            0);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM opportunities o JOIN pipeline_stages s ON "
                    "s.id = o.stage_id WHERE s.lost = 1 AND o.lost_reason IS NULL"),
            0);
  // Some open deals sit longer in their stage than it allows.
  const std::int64_t now = clock.Now().micros_since_epoch();
  EXPECT_GT(ReadInt("SELECT count(*) FROM opportunities o JOIN pipeline_stages s ON "
                    "s.id = o.stage_id WHERE s.rotting_days IS NOT NULL AND o.stage_entered_at < " +
                    std::to_string(now) + " - s.rotting_days * 86400000000"),
            0);
  // 36 months of closed deals, and this month's deal won by the demo's accepted quote.
  EXPECT_EQ(ReadInt("SELECT count(DISTINCT substr(closed_on, 1, 7)) FROM opportunities"), 37);
  // The sales demo's draft, sent, rejected and accepted quotes are on deals of their account;
  // the accepted one won its deal at its net total.
  EXPECT_EQ(ReadInt("SELECT count(*) FROM quotes q JOIN opportunities o ON o.id = "
                    "q.opportunity_id WHERE o.account_id = q.account_id"),
            4);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM quotes q JOIN opportunities o ON o.id = "
                    "q.opportunity_id JOIN pipeline_stages s ON s.id = o.stage_id WHERE "
                    "q.status = 'accepted' AND s.won = 1 AND o.amount_minor = q.untaxed_minor"),
            1);
  // Southern territories: June-August hold well over a quarter of their closed deals (a flat
  // year would hold 3/12); the others stay near a quarter.
  const std::string south = "('ES', 'PT', 'IT', 'GR', 'HR')";
  auto share = [&](const std::string& in) {
    const std::string base =
        "SELECT count(*) FROM opportunities o JOIN accounts a ON a.id = o.account_id WHERE "
        "o.closed_on IS NOT NULL AND a.country " +
        in + " " + south;
    const double all = static_cast<double>(ReadInt(base));
    const double summer =
        static_cast<double>(ReadInt(base + " AND substr(o.closed_on, 6, 2) IN ('06', '07', '08')"));
    return all > 0 ? summer / all : 0.0;
  };
  EXPECT_GT(share("IN"), 0.4);
  EXPECT_LT(share("NOT IN"), 0.35);
}

INSTANTIATE_TEST_SUITE_P(Storage, PipelineDemoContract,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const auto& info) {
                           return std::string(info.param == Backend::kSqlite ? "Sqlite"
                                                                             : "Postgres");
                         });

}  // namespace
}  // namespace salesdesk::storage::testing
