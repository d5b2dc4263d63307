// The demo's commissions on both databases: every rep is on the tiered plan and has a statement
// for each closed month since the demo invoices were issued (100 days before "now") approved by
// their manager and finance, whose total is the plain sum of its lines, and lines drill down to
// invoice lines.
#include "app/auth/auth_service.h"
#include "app/demo/demo_company.h"
#include "contract/storage_contract_fixture.h"
#include "core/time/clock.h"
#include "core/time/timestamp.h"
#include "storage/common/migration.h"
#include "storage/common/sql_store.h"

namespace salesdesk::storage::testing {
namespace {

class CommissionsDemoContract : public StorageContract {};

TEST_P(CommissionsDemoContract, RepsHaveApprovedStatementsOfTheClosedMonths) {
  // 2026-11-22: the demo invoices are dated 2026-08-14; August to October are closed.
  core::FixedClock clock(
      *core::Timestamp::FromMicros(core::DaysFromCivil(2026, 11, 22) * 86'400'000'000LL));
  ASSERT_OK(Migrate(db()));
  SqlStore store(db());
  app::AuthService auth(store, clock);
  app::DemoOptions options;
  options.accounts = 40;
  options.products = 12;
  options.reps = 4;
  auto generated = app::GenerateDemoCompany(store, auth, clock, options);
  ASSERT_TRUE(generated.ok()) << Describe(generated.error());
  const std::int64_t reps = ReadInt("SELECT count(*) FROM users WHERE role = 'rep'");
  EXPECT_EQ(ReadInt("SELECT count(*) FROM commission_assignments"), reps);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM commission_statements WHERE status = 'approved'"),
            reps * 3);
  // The three closed months, and this month's drafts of the two reps of the split order whose
  // invoice was partly credited today: each opens with a negative credit_note line (C-R8).
  EXPECT_EQ(ReadInt("SELECT count(DISTINCT period) FROM commission_statements"), 4);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM commission_statements WHERE status = 'draft'"), 2);
  EXPECT_EQ(ReadInt("SELECT count(DISTINCT s.owner_id) FROM commission_statement_lines l JOIN "
                    "commission_statements s ON s.id = l.statement_id WHERE l.event = "
                    "'credit_note' AND l.amount_minor < 0 AND s.status = 'draft'"),
            2);
  EXPECT_EQ(ReadInt("SELECT count(DISTINCT sales_order_id) FROM sales_order_credit_splits"), 4);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM invoice_credit_splits"), 8);
  // Approved by the rep's team manager, then by finance: both named.
  EXPECT_EQ(ReadInt("SELECT count(*) FROM commission_statements s JOIN users m ON m.id = "
                    "s.manager_approved_by JOIN users f ON f.id = s.finance_approved_by WHERE "
                    "m.role = 'manager' AND f.role = 'finance'"),
            reps * 3);
  // A statement is the plain sum of its lines (C-R9), and lines name the invoice line they
  // come from.
  EXPECT_EQ(ReadInt("SELECT count(*) FROM commission_statements s WHERE s.lines_total_minor <> "
                    "(SELECT coalesce(sum(l.payout_minor), 0) FROM commission_statement_lines l "
                    "WHERE l.statement_id = s.id)"),
            0);
  EXPECT_GT(ReadInt("SELECT count(*) FROM commission_statement_lines WHERE invoice_line_id IS "
                    "NOT NULL AND amount_minor > 0"),
            0);
}

INSTANTIATE_TEST_SUITE_P(Db, CommissionsDemoContract,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const auto& info) {
                           return std::string(info.param == Backend::kSqlite ? "Sqlite"
                                                                             : "Postgres");
                         });

}  // namespace
}  // namespace salesdesk::storage::testing
