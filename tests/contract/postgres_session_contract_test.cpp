// PostgreSQL sessions: a lost connection is replaced, sessions carry our settings.
#include "storage_contract_fixture.h"

namespace salesdesk::storage::testing {
namespace {

using Int = std::int64_t;

TEST_P(PostgresContract, PostgresSessionsAreNamedAndBoundedByLockTimeout) {
  const SqlRows rows =
      Read("SELECT current_setting('application_name'), current_setting('lock_timeout')");
  ASSERT_EQ(rows.rows.size(), 1u);
  EXPECT_EQ(rows.rows[0][0], SqlValue{std::string("salesdesk")});
  EXPECT_EQ(rows.rows[0][1], SqlValue{std::string("5s")});
}

TEST_P(PostgresContract, PostgresReplacesALostConnection) {
  auto single = OpenAnother(DatabaseOptions{.read_connections = 1, .busy_timeout_ms = 5000});
  ASSERT_NE(single, nullptr);
  Int pid = 0;
  {
    ASSERT_OK_AND_ASSIGN(auto tx, single->BeginRead());
    ASSERT_OK_AND_ASSIGN(SqlRows rows, tx->Query("SELECT pg_backend_pid()"));
    pid = std::get<Int>(rows.rows[0][0]);
  }
  // The server ends that session, as a restart or a network failure would.
  const SqlValue params[] = {pid};
  ASSERT_EQ(Read("SELECT pg_terminate_backend(CAST(? AS INTEGER), 5000)", params).rows.at(0).at(0),
            SqlValue{Int{1}});
  for (int attempt = 0; attempt < 3; ++attempt) {
    // The next transaction gets a working session, whether or not libpq noticed yet.
    ASSERT_OK_AND_ASSIGN(auto tx, single->BeginRead());
    ASSERT_OK_AND_ASSIGN(SqlRows rows, tx->Query("SELECT pg_backend_pid()"));
    EXPECT_NE(rows.rows[0][0], SqlValue{pid});
  }
}

// SQLite queues writers in the driver instead (its pool wait is covered by the shared suite).
TEST_P(PostgresContract, PostgresLockWaitBeyondTheTimeoutIsUnavailable) {
  auto quick = OpenAnother(DatabaseOptions{.read_connections = 2, .busy_timeout_ms = 100});
  ASSERT_NE(quick, nullptr);
  Exec("CREATE TABLE r (id BIGINT PRIMARY KEY, n BIGINT NOT NULL); INSERT INTO r VALUES (1, 0)");
  ASSERT_OK_AND_ASSIGN(auto holder, quick->BeginWrite());
  ASSERT_OK(holder->Query("UPDATE r SET n = 1 WHERE id = 1"));
  ASSERT_OK_AND_ASSIGN(auto waiter, quick->BeginWrite());
  auto blocked = waiter->Query("UPDATE r SET n = 2 WHERE id = 1");
  ASSERT_FALSE(blocked.ok());
  EXPECT_EQ(blocked.error().code, core::ErrorCode::kUnavailable) << Describe(blocked.error());
}

}  // namespace
}  // namespace salesdesk::storage::testing
