#include "storage/sqlite/sqlite_database.h"

#include <sqlite3.h>

#include <cassert>
#include <chrono>
#include <vector>

#include "storage/common/sql_util.h"
#include "storage/sqlite/sqlite_backup.h"
#include "storage/sqlite/sqlite_connection.h"
#include "storage/sqlite/sqlite_transaction.h"

namespace salesdesk::storage {
namespace {

using Pool = ConnectionPool<SqliteConnection>;

// SQLite allows one writer at a time per file. Inside the process a single writer connection
// queues the writers in our own pool (cheaper and fairer than SQLite's busy-retry loop);
// across processes BEGIN IMMEDIATE plus the busy timeout do the same. Readers each take their
// own connection, so in WAL mode they never wait for the writer.
class SqliteDatabase final : public SqlDatabase {
 public:
  SqliteDatabase(std::vector<std::unique_ptr<SqliteConnection>> writer,
                 std::vector<std::unique_ptr<SqliteConnection>> readers,
                 const DatabaseOptions& options)
      : writer_(std::move(writer)),
        readers_(std::move(readers)),
        wait_(std::chrono::milliseconds(options.busy_timeout_ms)) {}

  ~SqliteDatabase() override {
    // Transactions borrow connections owned here; outliving the database is a bug.
    assert(writer_.borrowed() == 0 && readers_.borrowed() == 0);
  }

  core::Result<std::unique_ptr<SqlTransaction>> BeginRead() override {
    // Deferred BEGIN: the snapshot is taken at the first read and then held until the end.
    return Begin(readers_, "BEGIN", "a reader connection");
  }

  core::Result<std::unique_ptr<SqlTransaction>> BeginWrite() override {
    // IMMEDIATE takes the write lock now, so a transaction that reads and then writes cannot
    // fail half-way with SQLITE_BUSY when another process got there first.
    return Begin(writer_, "BEGIN IMMEDIATE", "the write connection");
  }

  Dialect dialect() const override { return Dialect::kSqlite; }

  core::Result<void> BackupTo(const std::string& path) override {
    SqliteConnection* conn = readers_.Acquire(wait_);
    if (conn == nullptr) return Busy("a reader connection");
    auto result = BackupSqliteDatabase(*conn, path);
    readers_.Release(conn);
    return result;
  }

 private:
  core::Result<std::unique_ptr<SqlTransaction>> Begin(Pool& pool, std::string_view begin,
                                                      const char* what) {
    SqliteConnection* conn = pool.Acquire(wait_);
    if (conn == nullptr) return Busy(what);
    auto begun = conn->Query(begin);
    if (!begun.ok()) {
      pool.Release(conn);
      return std::move(begun).error();
    }
    return std::unique_ptr<SqlTransaction>(new SqliteTransaction(pool, conn));
  }

  core::Error Busy(const char* what) const {
    return core::Error::Make(core::ErrorCode::kUnavailable,
                             "the database is busy: no free " + std::string(what) + " within " +
                                 std::to_string(wait_.count()) + " ms, retry later");
  }

  Pool writer_;
  Pool readers_;
  std::chrono::milliseconds wait_;
};

}  // namespace

core::Result<std::unique_ptr<SqlDatabase>> OpenSqliteDatabase(const std::string& path,
                                                              const DatabaseOptions& options) {
  if (path.empty()) {
    return core::Error::Make(core::ErrorCode::kInvalidArgument,
                             "the SQLite database URL needs a file path: sqlite:PATH");
  }
  // ?q= searches through FTS5 tables (migration 0049, decision 0064): a library built without
  // it could not even migrate, so say what is missing before anything else.
  if (sqlite3_compileoption_used("ENABLE_FTS5") == 0) {
    return core::Error::Make(core::ErrorCode::kInternal,
                             std::string("the SQLite library ") + sqlite3_libversion() +
                                 " was built without FTS5 (SQLITE_ENABLE_FTS5), which Salesdesk's "
                                 "search needs; link one with it (Debian's libsqlite3-0 has it)");
  }
  std::vector<std::unique_ptr<SqliteConnection>> writer;
  SD_ASSIGN(auto writer_conn, SqliteConnection::Open(path, SqliteRole::kWriter, options));
  writer.push_back(std::move(writer_conn));

  std::vector<std::unique_ptr<SqliteConnection>> readers;
  const int reader_count = options.read_connections > 0 ? options.read_connections : 1;
  for (int i = 0; i < reader_count; ++i) {
    SD_ASSIGN(auto reader, SqliteConnection::Open(path, SqliteRole::kReader, options));
    readers.push_back(std::move(reader));
  }
  return std::unique_ptr<SqlDatabase>(
      new SqliteDatabase(std::move(writer), std::move(readers), options));
}

}  // namespace salesdesk::storage
