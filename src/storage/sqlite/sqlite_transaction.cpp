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

// After a failed statement PostgreSQL refuses everything but ROLLBACK; SQLite would carry on
// with the statement undone. Both drivers refuse, so code that forgets to check an error
// behaves the same on both and never commits half of its work.
core::Result<void> SqliteTransaction::CheckOpen() const {
  switch (state_) {
    case State::kOpen:
      return core::Ok();
    case State::kCommitted:
      return core::Error::Make(core::ErrorCode::kInternal, "transaction already committed");
    case State::kFailed:
      break;
  }
  core::Error error = failure_;
  error.message = "transaction aborted by an earlier error: " + error.message;
  return error;
}

core::Error SqliteTransaction::Fail(core::Error error) {
  state_ = State::kFailed;
  failure_ = error;
  return error;
}

}  // namespace salesdesk::storage
