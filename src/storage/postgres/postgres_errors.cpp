#include "storage/postgres/postgres_errors.h"

#include <libpq-fe.h>

#include <string>

#include "storage/common/sql_util.h"

namespace salesdesk::storage {
namespace {

std::string Field(const PGresult* result, int code) {
  const char* value = result != nullptr ? PQresultErrorField(result, code) : nullptr;
  return value != nullptr ? value : "";
}

// Lock and statement timeouts, serialization failures and deadlocks go away when retried;
// so do lost connections, a server shutting down and exhausted resources.
bool IsTransient(const std::string& sqlstate) {
  if (sqlstate == "40001" || sqlstate == "40P01" || sqlstate == "55P03" || sqlstate == "57014") {
    return true;
  }
  if (sqlstate.starts_with("08") || sqlstate.starts_with("53")) return true;
  return sqlstate == "57P01" || sqlstate == "57P02" || sqlstate == "57P03";
}

}  // namespace

std::string PostgresConnectionMessage(pg_conn* conn) {
  std::string message = conn != nullptr ? PQerrorMessage(conn) : "out of memory";
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) {
    message.pop_back();
  }
  return message;
}

core::Error PostgresError(pg_conn* conn, const pg_result* result, std::string_view sql) {
  const std::string sqlstate = Field(result, PG_DIAG_SQLSTATE);
  std::string primary = Field(result, PG_DIAG_MESSAGE_PRIMARY);
  if (primary.empty()) primary = PostgresConnectionMessage(conn);

  if (sqlstate.starts_with("23")) {
    // Integrity violations: unique, foreign key, check, not null, exclusion.
    const std::string constraint = Field(result, PG_DIAG_CONSTRAINT_NAME);
    std::string message = primary;
    if (!constraint.empty()) message += " (constraint " + constraint + ")";
    return core::Error::Make(core::ErrorCode::kConflict, std::move(message));
  }
  if (IsTransient(sqlstate) || conn == nullptr || PQstatus(conn) != CONNECTION_OK) {
    return core::Error::Make(core::ErrorCode::kUnavailable,
                             "the database is unavailable, retry later (" + primary + ")");
  }
  return core::Error::Make(
      core::ErrorCode::kInternal,
      "postgres: " + primary + " (SQLSTATE " + sqlstate + ") in: " + SqlForMessage(sql));
}

}  // namespace salesdesk::storage
