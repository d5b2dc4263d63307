#include "storage/postgres/postgres_connection.h"

#include <libpq-fe.h>

#include <charconv>
#include <memory>
#include <vector>

#include "storage/common/sql_util.h"
#include "storage/postgres/postgres_errors.h"
#include "storage/postgres/postgres_placeholders.h"

namespace salesdesk::storage {
namespace {

// Type OIDs from pg_type.h (stable across versions; libpq does not export them).
constexpr Oid kBoolOid = 16;
constexpr Oid kInt8Oid = 20;
constexpr Oid kInt2Oid = 21;
constexpr Oid kInt4Oid = 23;
constexpr Oid kOidOid = 26;

// Generated SQL of varying shape could grow the per-session cache without bound.
constexpr std::size_t kMaxPreparedStatements = 512;

struct ResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

SqlValue ReadValue(const PGresult* res, int row, int col) {
  if (PQgetisnull(res, row, col)) return std::monostate{};
  const char* text = PQgetvalue(res, row, col);
  const auto size = static_cast<std::size_t>(PQgetlength(res, row, col));
  switch (PQftype(res, col)) {
    case kInt2Oid:
    case kInt4Oid:
    case kInt8Oid:
    case kOidOid: {
      std::int64_t value = 0;
      const auto [end, ec] = std::from_chars(text, text + size, value);
      if (ec == std::errc() && end == text + size) return value;
      break;  // cannot happen for these types; fall back to the text
    }
    case kBoolOid:
      return std::int64_t{text[0] == 't' ? 1 : 0};
    default:
      break;  // numeric stays text so no digit is lost; dates, timestamps, text as they are
  }
  return std::string(text, size);
}

// PQcmdTuples also counts the rows of a SELECT; only row-changing commands report `affected`,
// as in SQLite.
std::int64_t Affected(PGresult* res) {
  const std::string_view tag = PQcmdStatus(res);
  if (!tag.starts_with("INSERT") && !tag.starts_with("UPDATE") && !tag.starts_with("DELETE") &&
      !tag.starts_with("MERGE")) {
    return 0;
  }
  const std::string_view count = PQcmdTuples(res);
  std::int64_t value = 0;
  std::from_chars(count.data(), count.data() + count.size(), value);
  return value;
}

void IgnoreNotice(void*, const char*) {}

}  // namespace

PostgresConnection::~PostgresConnection() {
  if (conn_ != nullptr) PQfinish(conn_);
}

core::Result<void> PostgresConnection::EnsureConnected() {
  if (conn_ != nullptr && !discarded_ && PQstatus(conn_) == CONNECTION_OK) return core::Ok();
  statements_.clear();  // prepared statements die with the session
  discarded_ = false;
  if (conn_ == nullptr) {
    // The URL is expanded as a connection string; application_name after it wins.
    const char* keys[] = {"dbname", "application_name", nullptr};
    const char* values[] = {url_.c_str(), "salesdesk", nullptr};
    conn_ = PQconnectdbParams(keys, values, /*expand_dbname=*/1);
    if (conn_ != nullptr) PQsetNoticeProcessor(conn_, IgnoreNotice, nullptr);
  } else {
    PQreset(conn_);
  }
  if (conn_ == nullptr || PQstatus(conn_) != CONNECTION_OK) {
    // libpq's message names host and database, never the password.
    return core::Error::Make(core::ErrorCode::kUnavailable,
                             "cannot connect to PostgreSQL: " + PostgresConnectionMessage(conn_));
  }
  return SetUpSession();
}

core::Result<void> PostgresConnection::SetUpSession() {
  // Waiting longer than this for a row lock turns into kUnavailable instead of a hung request.
  // (Notices such as "relation already exists, skipping" are dropped: they are not errors and
  // libpq would print them on stderr.)
  const std::string set = "SET lock_timeout = " + std::to_string(lock_timeout_ms_);
  auto result = Exec(set);
  if (!result.ok()) return std::move(result).error();
  return core::Ok();
}

void PostgresConnection::Discard() { discarded_ = true; }

bool PostgresConnection::Broken() const {
  return conn_ == nullptr || discarded_ || PQstatus(conn_) != CONNECTION_OK;
}

bool PostgresConnection::InTransaction() const {
  return conn_ != nullptr && PQtransactionStatus(conn_) != PQTRANS_IDLE;
}

core::Result<const PostgresConnection::Prepared*> PostgresConnection::Prepare(
    std::string_view sql) {
  if (auto it = statements_.find(sql); it != statements_.end()) return &it->second;
  if (statements_.size() >= kMaxPreparedStatements) {
    SD_TRY(Exec("DEALLOCATE ALL"));  // sessions outlive transactions: this is not rolled back
    statements_.clear();
  }
  const RewrittenSql rewritten = RewritePlaceholders(sql);
  std::string name = "sd" + std::to_string(++next_statement_);
  ResultPtr res(PQprepare(conn_, name.c_str(), rewritten.text.c_str(), 0, nullptr));
  if (PQresultStatus(res.get()) != PGRES_COMMAND_OK) {
    return PostgresError(conn_, res.get(), sql);
  }
  auto [it, inserted] =
      statements_.emplace(std::string(sql), Prepared{std::move(name), rewritten.parameter_count});
  return &it->second;
}

core::Result<SqlRows> PostgresConnection::Query(std::string_view sql,
                                                std::span<const SqlValue> params) {
  SD_ASSIGN(const Prepared* prepared, Prepare(sql));
  if (static_cast<std::size_t>(prepared->parameter_count) != params.size()) {
    return core::Error::Make(core::ErrorCode::kInternal,
                             "statement takes " + std::to_string(prepared->parameter_count) +
                                 " parameters, " + std::to_string(params.size()) +
                                 " given: " + SqlForMessage(sql));
  }
  // Text format with unspecified types: the server infers each parameter's type from where
  // it is used, exactly as for a quoted literal.
  std::vector<std::string> numbers(params.size());
  std::vector<const char*> values(params.size(), nullptr);
  for (std::size_t i = 0; i < params.size(); ++i) {
    if (const auto* n = std::get_if<std::int64_t>(&params[i])) {
      numbers[i] = std::to_string(*n);
      values[i] = numbers[i].c_str();
    } else if (const auto* s = std::get_if<std::string>(&params[i])) {
      values[i] = s->c_str();
    }
  }
  ResultPtr res(PQexecPrepared(conn_, prepared->name.c_str(), static_cast<int>(params.size()),
                               values.data(), nullptr, nullptr, /*resultFormat=*/0));
  const ExecStatusType status = PQresultStatus(res.get());
  if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
    return PostgresError(conn_, res.get(), sql);
  }
  SqlRows out;
  const int fields = PQnfields(res.get());
  const int tuples = PQntuples(res.get());
  out.columns.reserve(static_cast<std::size_t>(fields));
  for (int c = 0; c < fields; ++c) out.columns.emplace_back(PQfname(res.get(), c));
  out.rows.reserve(static_cast<std::size_t>(tuples));
  for (int r = 0; r < tuples; ++r) {
    auto& row = out.rows.emplace_back();
    row.reserve(static_cast<std::size_t>(fields));
    for (int c = 0; c < fields; ++c) row.push_back(ReadValue(res.get(), r, c));
  }
  out.affected = Affected(res.get());
  return out;
}

core::Result<std::string> PostgresConnection::Exec(std::string_view script) {
  const std::string text(script);
  ResultPtr res(PQexec(conn_, text.c_str()));
  const ExecStatusType status = PQresultStatus(res.get());
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_EMPTY_QUERY) {
    return PostgresError(conn_, res.get(), script);
  }
  return std::string(PQcmdStatus(res.get()));
}

}  // namespace salesdesk::storage
