// The SQL driver interface both database drivers implement. Everything above the drivers
// (migrations, repositories) is written once against it. Values are deliberately few: NULL,
// 64-bit integer and text. Money, decimals and instants are stored as integers; dates as ISO
// text; booleans as 0/1, so the same statements run on SQLite and PostgreSQL.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/result.h"

namespace salesdesk::storage {

enum class Dialect { kSqlite, kPostgres };

using SqlValue = std::variant<std::monostate, std::int64_t, std::string>;

inline bool IsNull(const SqlValue& v) { return v.index() == 0; }

struct SqlRows {
  std::vector<std::string> columns;
  std::vector<std::vector<SqlValue>> rows;
  std::int64_t affected = 0;  // rows changed by INSERT/UPDATE/DELETE
};

// A connection inside an open transaction. Statements use '?' placeholders in both dialects
// (the PostgreSQL driver rewrites them to $1..$n, skipping literals, quoted identifiers and
// comments; jsonb's own '?' operators are therefore unavailable). Prepared statements are
// cached per connection by SQL text.
// Types: PostgreSQL infers a parameter's type from its use, like a quoted literal; where the
// statement does not say (SELECT ?, COALESCE(?, 0)) write CAST(? AS BIGINT). PostgreSQL's
// numeric (sum(), avg() of integers) comes back as text: CAST(sum(x) AS BIGINT) gives an
// integer on both.
// Errors: unique/foreign-key/check/not-null violations -> kConflict (message names the
// constraint); lock timeouts, serialization failures, lost connections, busy database ->
// kUnavailable; others -> kInternal. After any failed call the transaction is aborted (as
// PostgreSQL does; the SQLite driver enforces the same): later calls, Commit included, return
// that first error again with its code. Destroy it and start over; to tolerate a duplicate,
// write INSERT ... ON CONFLICT DO NOTHING instead of catching the error.
class SqlTransaction {
 public:
  virtual ~SqlTransaction() = default;  // rolls back unless committed
  // One statement; several separated by ';' are refused (use ExecScript).
  virtual core::Result<SqlRows> Query(std::string_view sql,
                                      std::span<const SqlValue> params = {}) = 0;
  // Runs a script of several statements without parameters (migrations).
  virtual core::Result<void> ExecScript(std::string_view script) = 0;
  virtual core::Result<void> Commit() = 0;
  virtual Dialect dialect() const = 0;
};

struct DatabaseOptions {
  int read_connections = 8;  // SQLite reader pool / PostgreSQL pool size
  // SQLite busy handler; PostgreSQL lock_timeout; also the longest BeginRead/BeginWrite wait
  // for a free pooled connection before answering kUnavailable.
  int busy_timeout_ms = 5000;
};

// Thread-safe. Every transaction must be destroyed before the database that began it.
class SqlDatabase {
 public:
  virtual ~SqlDatabase() = default;
  // A read-only transaction with a consistent snapshot.
  virtual core::Result<std::unique_ptr<SqlTransaction>> BeginRead() = 0;
  // The write transaction. SQLite: the single writer connection, BEGIN IMMEDIATE.
  virtual core::Result<std::unique_ptr<SqlTransaction>> BeginWrite() = 0;
  virtual Dialect dialect() const = 0;
  // Online backup to a file (SQLite). PostgreSQL answers with an error naming pg_dump.
  virtual core::Result<void> BackupTo(const std::string& path) = 0;
};

}  // namespace salesdesk::storage
