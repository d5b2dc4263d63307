// The daily customer-rhythm job (RULES B-R7) on both databases: each account with confirmed
// orders is placed against its own rhythm on 10 Dec 2026 — lifecycle to lost or at_risk with a
// task for its owner, back to active once it ordered again, a quarterly buyer 94 days silent
// left active — and a second run changes nothing.
#include "contract/storage_contract_fixture.h"
#include "core/time/timestamp.h"
#include "modules/appraisal/app/lost_customers_job.h"
#include "storage/common/migration.h"
#include "storage/common/sql_store.h"

namespace salesdesk::storage::testing {
namespace {

class CustomerRhythmJobContract : public StorageContract {
 protected:
  void SetUp() override {
    StorageContract::SetUp();
    if (HasFatalFailure()) return;
    ASSERT_OK(Migrate(db()));
    store_ = std::make_unique<SqlStore>(db());
  }
  void Account(int id, const char* lifecycle) {
    Exec(
        "INSERT INTO accounts (id, version, created_at, updated_at, kind, name, name_sort, "
        "country, currency, key_account, lifecycle, owner_id) VALUES (" +
        std::to_string(id) + ", 1, 0, 0, 'company', 'Account " + std::to_string(id) +
        "', 'account " + std::to_string(id) + "', 'ES', 'EUR', 0, '" + lifecycle + "', 1)");
  }
  void Orders(int account, std::initializer_list<const char*> dates,
              const char* status = "confirmed") {
    for (const char* on : dates) {
      ++orders_;
      Exec(
          "INSERT INTO sales_orders (id, version, created_at, updated_at, number, account_id, "
          "currency, status, ordered_on, owner_id) VALUES (" +
          std::to_string(orders_) + ", 1, 0, 0, 'SO-" + std::to_string(orders_) + "', " +
          std::to_string(account) + ", 'EUR', '" + status + "', '" + on + "', 1)");
    }
  }
  std::string Lifecycle(int account) {
    auto rows = Read("SELECT lifecycle FROM accounts WHERE id = " + std::to_string(account));
    return std::get<std::string>(rows.rows.at(0).at(0));
  }
  std::unique_ptr<SqlStore> store_;
  int orders_ = 0;
};

TEST_P(CustomerRhythmJobContract, AccountsMoveByTheirOwnRhythmWithATaskForTheRep) {
  Exec(
      "INSERT INTO users (id, version, created_at, updated_at, email, name, name_sort, role, "
      "active) VALUES (1, 1, 0, 0, 'rep@example.com', 'Rep', 'rep', 'rep', 1)");
  Account(1, "active");  // every 30 days until 4 Aug: lost on 4 Aug + 91 = 3 Nov
  Orders(1, {"2026-05-06", "2026-06-05", "2026-07-05", "2026-08-04"});
  Account(2, "active");  // gaps 90, 90, 91: m = 90, at risk only after 180 days
  Orders(2, {"2025-12-10", "2026-03-10", "2026-06-08", "2026-09-07"});
  Orders(2, {"2026-12-05"}, "cancelled");
  Account(3, "lost");  // ordered again on 1 Dec
  Orders(3, {"2026-09-01", "2026-10-01", "2026-11-01", "2026-12-01"});
  Account(4, "active");  // m = 30, last 1 Oct: at risk from 1 Dec, lost from 31 Dec
  Orders(4, {"2026-07-03", "2026-08-02", "2026-09-01", "2026-10-01"});
  Account(5, "prospect");  // no orders: left alone
  Account(6, "active");    // two orders only: lost after 180 days, on 1 Jun + 181 = 29 Nov
  Orders(6, {"2026-05-01", "2026-06-01"});

  core::FixedClock clock(*core::ParseTimestamp("2026-12-10T06:00:00Z"));
  auto run = modules::appraisal::EvaluateCustomerRhythm(*store_, clock);
  ASSERT_TRUE(run.ok()) << Describe(run.error());
  EXPECT_EQ(*run, "4 accounts moved by their ordering rhythm, 3 tasks for their reps");
  EXPECT_EQ(Lifecycle(1), "lost");
  EXPECT_EQ(Lifecycle(2), "active");
  EXPECT_EQ(Lifecycle(3), "active");
  EXPECT_EQ(Lifecycle(4), "at_risk");
  EXPECT_EQ(Lifecycle(5), "prospect");
  EXPECT_EQ(Lifecycle(6), "lost");
  EXPECT_EQ(ReadInt("SELECT count(*) FROM tasks WHERE owner_id = 1 AND related_entity = "
                    "'accounts' AND related_id IN (1, 4, 6) AND done = 0"),
            3);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM tasks"), 3);
  // A lost customer's task is due in three days.
  EXPECT_EQ(ReadInt("SELECT count(*) FROM tasks WHERE related_id = 1 AND due_on = '2026-12-13'"),
            1);
  // The moves are audited as the system's.
  EXPECT_EQ(ReadInt("SELECT count(*) FROM audit_events WHERE entity = 'accounts'"), 4);

  auto again = modules::appraisal::EvaluateCustomerRhythm(*store_, clock);
  ASSERT_TRUE(again.ok()) << Describe(again.error());
  EXPECT_EQ(*again, "");
  EXPECT_EQ(ReadInt("SELECT count(*) FROM tasks"), 3);
}

INSTANTIATE_TEST_SUITE_P(Db, CustomerRhythmJobContract,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const auto& info) {
                           return std::string(info.param == Backend::kSqlite ? "Sqlite"
                                                                             : "Postgres");
                         });

}  // namespace
}  // namespace salesdesk::storage::testing
