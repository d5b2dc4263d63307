// The demo company's appraisal on both databases: B-R2's template for reps and a manager
// variant, and the last two months' cards of the first reps of three teams, opened, rated and
// signed by the rep's own team leader with their figures frozen, the older ones acknowledged.
#include "app/auth/auth_service.h"
#include "app/demo/demo_company.h"
#include "contract/storage_contract_fixture.h"
#include "core/time/timestamp.h"
#include "storage/common/migration.h"
#include "storage/common/sql_store.h"

namespace salesdesk::storage::testing {
namespace {

class AppraisalDemoContract : public StorageContract {};

TEST_P(AppraisalDemoContract, DemoCardsAreSignedByTheRepsLeaderWithFrozenFigures) {
  ASSERT_OK(Migrate(db()));
  SqlStore store(db());
  core::FixedClock clock(
      *core::Timestamp::FromMicros(core::DaysFromCivil(2026, 11, 22) * 86'400'000'000LL));
  app::AuthService auth(store, clock);
  app::DemoOptions options;
  options.accounts = 60;
  options.products = 20;
  options.reps = 8;  // two reps in each of the four teams
  ASSERT_OK(app::GenerateDemoCompany(store, auth, clock, options));

  EXPECT_EQ(ReadInt("SELECT count(*) FROM appraisal_templates"), 20);
  // Both roles' weights add to 100 (PostgreSQL's sum is numeric: compared in SQL).
  EXPECT_EQ(ReadInt("SELECT count(*) FROM (SELECT role FROM appraisal_templates GROUP BY role "
                    "HAVING sum(weight) = 100) r"),
            2);
  // Three teams × two reps × October and September, all signed; September's acknowledged.
  EXPECT_EQ(ReadInt("SELECT count(*) FROM appraisal_cards"), 12);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM appraisal_cards WHERE status = 'signed' AND "
                    "figures IS NOT NULL AND conduct_rating BETWEEN 3 AND 5"),
            12);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM appraisal_cards WHERE month = '2026-09' AND "
                    "acknowledged_at IS NOT NULL"),
            6);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM appraisal_cards WHERE month = '2026-10' AND "
                    "acknowledged_at IS NULL"),
            6);
  // Signed by the leader of the rep's team.
  EXPECT_EQ(ReadInt("SELECT count(*) FROM appraisal_cards c JOIN users u ON u.id = c.owner_id "
                    "JOIN teams t ON t.id = u.team_id WHERE t.leader_id = c.signed_by_id"),
            12);
}

INSTANTIATE_TEST_SUITE_P(Db, AppraisalDemoContract,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const auto& info) {
                           return std::string(info.param == Backend::kSqlite ? "Sqlite"
                                                                             : "Postgres");
                         });

}  // namespace
}  // namespace salesdesk::storage::testing
