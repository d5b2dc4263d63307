// The demo company's outbox on both databases: the quotes that went to the customer e-mailed to a
// contact of their account, each in the quote owner's outbox, and one bounced message whose last
// error is visible.
#include "app/auth/auth_service.h"
#include "app/demo/demo_company.h"
#include "contract/storage_contract_fixture.h"
#include "core/time/timestamp.h"
#include "storage/common/migration.h"
#include "storage/common/sql_store.h"

namespace salesdesk::storage::testing {
namespace {

class MailDemoContract : public StorageContract {};

TEST_P(MailDemoContract, TheOutboxHoldsSentQuotesAndOneBounce) {
  ASSERT_OK(Migrate(db()));
  SqlStore store(db());
  core::FixedClock clock(
      *core::Timestamp::FromMicros(core::DaysFromCivil(2026, 11, 22) * 86'400'000'000LL));
  app::AuthService auth(store, clock);
  app::DemoOptions options;
  options.accounts = 400;
  options.products = 40;
  options.reps = 8;
  ASSERT_OK(app::GenerateDemoCompany(store, auth, clock, options));

  const std::int64_t sent = ReadInt("SELECT count(*) FROM outbox_messages WHERE state = 'sent'");
  EXPECT_GE(sent, 3);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM outbox_messages WHERE state = 'failed' AND attempts = 6 "
                    "AND last_error LIKE '%550%'"),
            1);
  // Each message is about a quote that went out, in that quote owner's outbox, to a contact of
  // the quote's account.
  EXPECT_EQ(ReadInt("SELECT count(*) FROM outbox_messages m JOIN quotes q ON q.id = m.related_id "
                    "WHERE m.related_entity = 'quotes' AND q.status <> 'draft' "
                    "AND m.owner_id = q.owner_id AND m.account_id = q.account_id AND EXISTS "
                    "(SELECT 1 FROM contacts c WHERE c.account_id = q.account_id AND "
                    "c.email = m.to_address)"),
            sent + 1);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM outbox_messages WHERE state = 'sent' AND sent_at IS "
                    "NULL"),
            0);
}

INSTANTIATE_TEST_SUITE_P(Storage, MailDemoContract,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const auto& info) {
                           return std::string(info.param == Backend::kSqlite ? "Sqlite"
                                                                             : "Postgres");
                         });

}  // namespace
}  // namespace salesdesk::storage::testing
