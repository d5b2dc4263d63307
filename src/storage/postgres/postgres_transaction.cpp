#include "storage/postgres/postgres_transaction.h"

namespace salesdesk::storage {

PostgresTransaction::~PostgresTransaction() {
  if (!conn_->Broken() && conn_->InTransaction()) {
    // A session whose rollback failed is in an unknown state: start the next one afresh.
    if (!conn_->Exec("ROLLBACK").ok() || conn_->InTransaction()) conn_->Discard();
  }
  pool_.Release(conn_);
}

core::Result<SqlRows> PostgresTransaction::Query(std::string_view sql,
                                                 std::span<const SqlValue> params) {
  SD_TRY(CheckOpen());
  auto result = conn_->Query(sql, params);
  if (!result.ok()) return Fail(std::move(result).error());
  return result;
}

core::Result<void> PostgresTransaction::ExecScript(std::string_view script) {
  SD_TRY(CheckOpen());
  auto result = conn_->Exec(script);
  if (!result.ok()) return Fail(std::move(result).error());
  return core::Ok();
}

core::Result<void> PostgresTransaction::Commit() {
  SD_TRY(CheckOpen());
  auto result = conn_->Exec("COMMIT");
  if (!result.ok()) {
    core::Error error = std::move(result).error();
    if (conn_->Broken()) {
      error.message =
          "the connection was lost during COMMIT, so the transaction may or may not "
          "have been committed (" +
          error.message + ")";
    }
    return Fail(std::move(error));
  }
  // COMMIT of a transaction the server already aborted "succeeds" with the tag ROLLBACK.
  if (*result != "COMMIT") {
    return Fail(core::Error::Make(core::ErrorCode::kInternal,
                                  "COMMIT answered " + *result + ": the transaction had failed"));
  }
  state_ = State::kCommitted;
  return core::Ok();
}

}  // namespace salesdesk::storage
