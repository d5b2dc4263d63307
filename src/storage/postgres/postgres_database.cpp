#include "storage/postgres/postgres_database.h"

#include <cassert>
#include <chrono>
#include <vector>

#include "storage/common/sql_util.h"
#include "storage/postgres/postgres_connection.h"
#include "storage/postgres/postgres_transaction.h"

namespace salesdesk::storage {
namespace {

using Pool = ConnectionPool<PostgresConnection>;

// One pool serves reads and writes: PostgreSQL has no single-writer rule, and several app
// servers share the database, so each keeps a modest number of sessions.
class PostgresDatabase final : public SqlDatabase {
 public:
  PostgresDatabase(std::vector<std::unique_ptr<PostgresConnection>> connections,
                   const DatabaseOptions& options)
      : pool_(std::move(connections)), wait_(std::chrono::milliseconds(options.busy_timeout_ms)) {}

  ~PostgresDatabase() override {
    // Transactions borrow connections owned here; outliving the database is a bug.
    assert(pool_.borrowed() == 0);
  }

  core::Result<std::unique_ptr<SqlTransaction>> BeginRead() override {
    // One snapshot for the whole transaction (taken at its first statement), and the server
    // refuses writes.
    return Begin("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  }

  core::Result<std::unique_ptr<SqlTransaction>> BeginWrite() override {
    // Read committed: row locks plus re-evaluation make "SET n = n + 1" safe without the
    // serialization failures a stricter level would add.
    return Begin("BEGIN");
  }

  Dialect dialect() const override { return Dialect::kPostgres; }

  core::Result<void> BackupTo(const std::string&) override {
    return core::Error::Make(core::ErrorCode::kInvalidArgument,
                             "PostgreSQL is backed up with its own tools, e.g. "
                             "pg_dump --format=custom --file=FILE DBNAME; BackupTo is for SQLite");
  }

 private:
  core::Result<std::unique_ptr<SqlTransaction>> Begin(std::string_view begin) {
    PostgresConnection* conn = pool_.Acquire(wait_);
    if (conn == nullptr) {
      return core::Error::Make(core::ErrorCode::kUnavailable,
                               "the database is busy: no free connection within " +
                                   std::to_string(wait_.count()) + " ms, retry later");
    }
    auto begun = BeginOn(*conn, begin);
    if (!begun.ok() && conn->Broken()) {
      // An idle session may have died unnoticed (server restart); nothing ran yet, so one
      // retry on a fresh session is safe.
      begun = BeginOn(*conn, begin);
    }
    if (!begun.ok()) {
      pool_.Release(conn);
      return std::move(begun).error();
    }
    return std::unique_ptr<SqlTransaction>(new PostgresTransaction(pool_, conn));
  }

  static core::Result<void> BeginOn(PostgresConnection& conn, std::string_view begin) {
    SD_TRY(conn.EnsureConnected());
    SD_TRY(conn.Exec(begin));
    return core::Ok();
  }

  Pool pool_;
  std::chrono::milliseconds wait_;
};

}  // namespace

core::Result<std::unique_ptr<SqlDatabase>> OpenPostgresDatabase(const std::string& url,
                                                                const DatabaseOptions& options) {
  const int size = options.read_connections > 0 ? options.read_connections : 1;
  std::vector<std::unique_ptr<PostgresConnection>> connections;
  for (int i = 0; i < size; ++i) {
    connections.push_back(std::make_unique<PostgresConnection>(url, options));
  }
  // Connect one session now so a wrong URL or a down server shows at start-up; the others
  // connect when first needed.
  SD_TRY(connections.front()->EnsureConnected());
  return std::unique_ptr<SqlDatabase>(new PostgresDatabase(std::move(connections), options));
}

}  // namespace salesdesk::storage
