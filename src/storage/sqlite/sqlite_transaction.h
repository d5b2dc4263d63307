// A transaction on a borrowed SQLite connection; gives the connection back when destroyed.
#pragma once

#include "storage/common/sql.h"
#include "storage/common/sql_util.h"
#include "storage/sqlite/sqlite_connection.h"

namespace salesdesk::storage {

class SqliteTransaction final : public SqlTransaction {
 public:
  // Takes over `conn`, on which BEGIN has already succeeded.
  SqliteTransaction(ConnectionPool<SqliteConnection>& pool, SqliteConnection* conn)
      : pool_(pool), conn_(conn) {}
  ~SqliteTransaction() override;
  SqliteTransaction(const SqliteTransaction&) = delete;
  SqliteTransaction& operator=(const SqliteTransaction&) = delete;

  core::Result<SqlRows> Query(std::string_view sql, std::span<const SqlValue> params) override;
  core::Result<void> ExecScript(std::string_view script) override;
  core::Result<void> Commit() override;
  Dialect dialect() const override { return Dialect::kSqlite; }

 private:
  enum class State { kOpen, kFailed, kCommitted };

  core::Result<void> CheckOpen() const;
  core::Error Fail(core::Error error);

  ConnectionPool<SqliteConnection>& pool_;
  SqliteConnection* conn_;
  State state_ = State::kOpen;
  core::Error failure_;
};

}  // namespace salesdesk::storage
