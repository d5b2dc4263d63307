// A transaction on a borrowed PostgreSQL connection; gives the connection back when destroyed.
#pragma once

#include "storage/common/sql.h"
#include "storage/common/sql_util.h"
#include "storage/common/transaction_state.h"
#include "storage/postgres/postgres_connection.h"

namespace salesdesk::storage {

class PostgresTransaction : public SqlTransaction, private TransactionState {
 public:
  // Takes over `conn`, on which BEGIN has already succeeded.
  PostgresTransaction(ConnectionPool<PostgresConnection>& pool, PostgresConnection* conn)
      : pool_(pool), conn_(conn) {}
  ~PostgresTransaction() override;
  PostgresTransaction(const PostgresTransaction&) = delete;
  PostgresTransaction& operator=(const PostgresTransaction&) = delete;

  core::Result<SqlRows> Query(std::string_view sql, std::span<const SqlValue> params) override;
  core::Result<void> ExecScript(std::string_view script) override;
  core::Result<void> Commit() override;
  Dialect dialect() const override { return Dialect::kPostgres; }

 private:
  ConnectionPool<PostgresConnection>& pool_;
  PostgresConnection* conn_;
};

}  // namespace salesdesk::storage
