// A transaction on a borrowed SQLite connection; gives the connection back when destroyed.
#pragma once

#include "storage/common/sql.h"
#include "storage/common/sql_util.h"
#include "storage/common/transaction_state.h"
#include "storage/sqlite/sqlite_connection.h"

namespace salesdesk::storage {

class SqliteTransaction : public SqlTransaction, private TransactionState {
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
  ConnectionPool<SqliteConnection>& pool_;
  SqliteConnection* conn_;
};

}  // namespace salesdesk::storage
