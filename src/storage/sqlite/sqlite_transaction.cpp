#include "storage/sqlite/sqlite_transaction.h"

namespace salesdesk::storage {

SqliteTransaction::~SqliteTransaction() {
  // A failed COMMIT (deferred constraint, busy) leaves the transaction open: roll back
  // whenever one is still open, so the connection returns to the pool clean.
  if (conn_->InTransaction()) (void)conn_->Query("ROLLBACK");
  pool_.Release(conn_);
}

core::Result<SqlRows> SqliteTransaction::Query(std::string_view sql,
                                               std::span<const SqlValue> params) {
  SD_TRY(CheckOpen());
  auto result = conn_->Query(sql, params);
  if (!result.ok()) return Fail(std::move(result).error());
  return result;
}

core::Result<void> SqliteTransaction::ExecScript(std::string_view script) {
  SD_TRY(CheckOpen());
  auto result = conn_->ExecScript(script);
  if (!result.ok()) return Fail(std::move(result).error());
  return result;
}

core::Result<void> SqliteTransaction::Commit() {
  SD_TRY(CheckOpen());
  auto result = conn_->Query("COMMIT");
  if (!result.ok()) return Fail(std::move(result).error());
  state_ = State::kCommitted;
  return core::Ok();
}

}  // namespace salesdesk::storage
