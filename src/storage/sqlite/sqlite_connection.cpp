#include "storage/sqlite/sqlite_connection.h"

#include <sqlite3.h>

#include "storage/common/sql_util.h"
#include "storage/sqlite/sqlite_errors.h"

namespace salesdesk::storage {
namespace {

// Durability first (synchronous=FULL: an acknowledged commit survives power loss); the rest
// bounds the WAL after checkpoints and keeps sorts and temporary tables off the disk.
constexpr const char* kWriterPragmas =
    "PRAGMA synchronous=FULL;"
    "PRAGMA foreign_keys=ON;"
    "PRAGMA journal_size_limit=67108864;"
    "PRAGMA cache_size=-32768;"
    "PRAGMA temp_store=MEMORY;"
    "PRAGMA mmap_size=268435456;";
// query_only turns an accidental write through BeginRead into an error instead of a write
// that would bypass the single-writer lock.
constexpr const char* kReaderPragmas =
    "PRAGMA foreign_keys=ON;"
    "PRAGMA cache_size=-16384;"
    "PRAGMA temp_store=MEMORY;"
    "PRAGMA mmap_size=268435456;"
    "PRAGMA query_only=ON;";

// Resets a cached statement however Query leaves it, so the next use starts clean and no
// read transaction is held open by an unfinished statement.
class StatementReset {
 public:
  explicit StatementReset(sqlite3_stmt* stmt) : stmt_(stmt) {}
  ~StatementReset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  StatementReset(const StatementReset&) = delete;
  StatementReset& operator=(const StatementReset&) = delete;

 private:
  sqlite3_stmt* stmt_;
};

SqlValue ReadColumn(sqlite3_stmt* stmt, int i) {
  switch (sqlite3_column_type(stmt, i)) {
    case SQLITE_NULL:
      return std::monostate{};
    case SQLITE_INTEGER:
      return static_cast<std::int64_t>(sqlite3_column_int64(stmt, i));
    case SQLITE_BLOB: {
      const void* data = sqlite3_column_blob(stmt, i);
      const int size = sqlite3_column_bytes(stmt, i);
      return std::string(static_cast<const char*>(data), static_cast<std::size_t>(size));
    }
    default: {
      // TEXT, and FLOAT as its text rendering: the interface has no floating point on purpose.
      const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
      const int size = sqlite3_column_bytes(stmt, i);
      return std::string(text, static_cast<std::size_t>(size));
    }
  }
}

int Bind(sqlite3_stmt* stmt, int index, const SqlValue& value) {
  if (const auto* i = std::get_if<std::int64_t>(&value)) {
    return sqlite3_bind_int64(stmt, index, *i);
  }
  if (const auto* s = std::get_if<std::string>(&value)) {
    // SQLITE_STATIC: the parameters outlive the statement's use, which ends inside Query.
    return sqlite3_bind_text64(stmt, index, s->data(), s->size(), SQLITE_STATIC, SQLITE_UTF8);
  }
  return sqlite3_bind_null(stmt, index);
}

}  // namespace

core::Result<std::unique_ptr<SqliteConnection>> SqliteConnection::Open(
    const std::string& path, SqliteRole role, const DatabaseOptions& options) {
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
  if (role == SqliteRole::kWriter) flags |= SQLITE_OPEN_CREATE;
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    core::Error error = SqliteError(db, rc, "open");
    error.message = "cannot open SQLite database " + path + ": " + error.message;
    sqlite3_close_v2(db);
    return error;
  }
  std::unique_ptr<SqliteConnection> conn(new SqliteConnection(db));
  sqlite3_busy_timeout(db, options.busy_timeout_ms);
  if (role == SqliteRole::kWriter) {
    // journal_mode is persistent in the file; readers opened later inherit it.
    SD_ASSIGN(SqlRows mode, conn->Query("PRAGMA journal_mode=WAL"));
    if (mode.rows.empty() || mode.rows[0].empty() ||
        std::get_if<std::string>(&mode.rows[0][0]) == nullptr ||
        std::get<std::string>(mode.rows[0][0]) != "wal") {
      return core::Error::Make(core::ErrorCode::kInternal,
                               "cannot switch SQLite database " + path + " to WAL mode");
    }
    SD_TRY(conn->ExecScript(kWriterPragmas));
  } else {
    SD_TRY(conn->ExecScript(kReaderPragmas));
  }
  return conn;
}

SqliteConnection::~SqliteConnection() {
  statements_.Clear();
  sqlite3_close_v2(db_);
}

core::Result<SqlRows> SqliteConnection::Query(std::string_view sql,
                                              std::span<const SqlValue> params) {
  SD_ASSIGN(sqlite3_stmt * stmt, statements_.Get(sql));
  StatementReset reset(stmt);
  const int expected = sqlite3_bind_parameter_count(stmt);
  if (static_cast<std::size_t>(expected) != params.size()) {
    return core::Error::Make(core::ErrorCode::kInternal,
                             "statement takes " + std::to_string(expected) + " parameters, " +
                                 std::to_string(params.size()) + " given: " + SqlForMessage(sql));
  }
  for (std::size_t i = 0; i < params.size(); ++i) {
    const int rc = Bind(stmt, static_cast<int>(i + 1), params[i]);
    if (rc != SQLITE_OK) return SqliteError(db_, rc, sql);
  }

  SqlRows out;
  const int column_count = sqlite3_column_count(stmt);
  out.columns.reserve(static_cast<std::size_t>(column_count));
  for (int i = 0; i < column_count; ++i) out.columns.emplace_back(sqlite3_column_name(stmt, i));

  // sqlite3_changes() keeps the count of the last DML statement, also across DDL and SELECT;
  // only when the total moved did this statement change rows.
  const sqlite3_int64 total_before = sqlite3_total_changes64(db_);
  for (;;) {
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_DONE) break;
    if (rc != SQLITE_ROW) return SqliteError(db_, rc, sql);
    auto& row = out.rows.emplace_back();
    row.reserve(static_cast<std::size_t>(column_count));
    for (int i = 0; i < column_count; ++i) row.push_back(ReadColumn(stmt, i));
  }
  if (sqlite3_total_changes64(db_) != total_before) out.affected = sqlite3_changes64(db_);
  return out;
}

core::Result<void> SqliteConnection::ExecScript(std::string_view script) {
  const std::string text(script);
  const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) return SqliteError(db_, rc, script);
  return core::Ok();
}

bool SqliteConnection::InTransaction() const { return sqlite3_get_autocommit(db_) == 0; }

}  // namespace salesdesk::storage
