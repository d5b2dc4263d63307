// The demo company's prospects on both databases: an assignment rule per country, leads in every
// status owned by the reps of their country's team, scores within 0-100, converted leads pointing
// at their owner's demo accounts, disqualified ones with a reason, and the planted duplicates.
#include <set>

#include "app/auth/auth_service.h"
#include "app/demo/demo_company.h"
#include "contract/storage_contract_fixture.h"
#include "core/time/timestamp.h"
#include "modules/leads/app/duplicate_key_upkeep.h"
#include "storage/common/migration.h"
#include "storage/common/sql_store.h"

namespace salesdesk::storage::testing {
namespace {

class LeadsDemoContract : public StorageContract {
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

TEST_P(LeadsDemoContract, DemoLeadsCoverEveryStatusAndFollowTheRules) {
  core::FixedClock clock(
      *core::Timestamp::FromMicros(core::DaysFromCivil(2026, 11, 22) * 86'400'000'000LL));
  app::AuthService auth(store(), clock);
  app::DemoOptions options;
  options.accounts = 400;
  options.products = 40;
  options.reps = 8;
  ASSERT_OK(app::GenerateDemoCompany(store(), auth, clock, options));

  const std::int64_t leads = ReadInt("SELECT count(*) FROM leads");
  EXPECT_EQ(leads, 30 + 2);  // 400 accounts give the floor of 30, plus two duplicates
  std::set<std::string> states;
  for (const auto& row : Read("SELECT DISTINCT status FROM leads").rows) {
    states.insert(std::get<std::string>(row.at(0)));
  }
  EXPECT_EQ(states,
            (std::set<std::string>{"new", "contacted", "qualified", "disqualified", "converted"}));
  EXPECT_GT(ReadInt("SELECT count(*) FROM lead_assignment_rules"), 5);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM leads WHERE score < 0 OR score > 100"), 0);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM leads WHERE status = 'disqualified' AND "
                    "disqualify_reason IS NULL"),
            0);
  // Converted leads point at an account of their own owner.
  EXPECT_EQ(ReadInt("SELECT count(*) FROM leads l LEFT JOIN accounts a ON "
                    "a.id = l.converted_account_id WHERE l.status = 'converted' AND "
                    "(a.id IS NULL OR a.owner_id <> l.owner_id)"),
            0);
  // Every lead is owned by a rep of the team its rule names.
  EXPECT_EQ(ReadInt("SELECT count(*) FROM leads l JOIN lead_assignment_rules r ON "
                    "r.id = l.assignment_rule_id JOIN users u ON u.id = l.owner_id "
                    "WHERE u.team_id <> r.team_id"),
            0);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM leads WHERE assignment_rule_id IS NULL"), 0);
  // The planted duplicates: the first two people again, imported later as new leads.
  EXPECT_GE(ReadInt("SELECT count(*) FROM leads d WHERE d.source = 'import' AND "
                    "d.status = 'new' AND d.id > 2 AND EXISTS (SELECT 1 FROM leads o WHERE "
                    "o.id <= 2 AND o.first_name = d.first_name AND o.last_name = d.last_name "
                    "AND o.country = d.country)"),
            2);

  // Every account and lead is keyed for the duplicate check (the demo writes past the hooks),
  // and the daily rebuild restores lost keys and drops those of deleted records.
  const char* kKeyed =
      "SELECT count(DISTINCT record_id) FROM duplicate_keys WHERE entity = 'accounts' AND "
      "kind = 'name'";
  EXPECT_EQ(ReadInt(kKeyed), ReadInt("SELECT count(*) FROM accounts"));
  const std::int64_t keys = ReadInt("SELECT count(*) FROM duplicate_keys");
  EXPECT_GT(ReadInt("SELECT count(*) FROM duplicate_keys WHERE entity = 'leads'"), leads - 1);
  auto again = modules::leads::RebuildDuplicateKeys(store(), clock);
  ASSERT_OK(again);
  EXPECT_EQ(*again, "") << "a rebuild right after the demo finds nothing to change";
  Exec("DELETE FROM duplicate_keys WHERE entity = 'accounts' AND record_id <= 10");
  Exec(
      "INSERT INTO duplicate_keys (version, created_at, updated_at, entity, record_id, kind, "
      "key) VALUES (1, 0, 0, 'leads', 999999, 'name', 'gone')");
  auto repaired = modules::leads::RebuildDuplicateKeys(store(), clock);
  ASSERT_OK(repaired);
  EXPECT_EQ(*repaired, "duplicate keys brought up to date for 10 accounts and 1 leads");
  EXPECT_EQ(ReadInt("SELECT count(*) FROM duplicate_keys"), keys);
}

INSTANTIATE_TEST_SUITE_P(Storage, LeadsDemoContract,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const auto& info) {
                           return std::string(info.param == Backend::kSqlite ? "Sqlite"
                                                                             : "Postgres");
                         });

}  // namespace
}  // namespace salesdesk::storage::testing
