// One SQLite connection with its statement cache. Not thread-safe: the pools in
// SqliteDatabase lend each connection to one transaction at a time.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "core/result.h"
#include "storage/common/sql.h"
#include "storage/sqlite/sqlite_statement_cache.h"

struct sqlite3;

namespace salesdesk::storage {

enum class SqliteRole { kWriter, kReader };

class SqliteConnection {
 public:
  // The writer creates the file and switches it to WAL; open it before any reader.
  static core::Result<std::unique_ptr<SqliteConnection>> Open(const std::string& path,
                                                              SqliteRole role,
                                                              const DatabaseOptions& options);
  ~SqliteConnection();
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;

  core::Result<SqlRows> Query(std::string_view sql, std::span<const SqlValue> params = {});
  core::Result<void> ExecScript(std::string_view script);
  bool InTransaction() const;
  sqlite3* handle() const { return db_; }

 private:
  explicit SqliteConnection(sqlite3* db) : db_(db), statements_(db) {}

  sqlite3* db_;
  SqliteStatementCache statements_;  // declared after db_: finalized before the close
};

}  // namespace salesdesk::storage
