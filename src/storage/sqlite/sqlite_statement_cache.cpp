#include "storage/sqlite/sqlite_statement_cache.h"

#include <sqlite3.h>

#include "storage/common/sql_util.h"
#include "storage/sqlite/sqlite_errors.h"

namespace salesdesk::storage {
namespace {

// Generated SQL (IN lists of varying length) could grow the cache without bound; past this
// size we drop everything and let the hot statements come back on their own.
constexpr std::size_t kMaxCachedStatements = 512;

bool OnlyWhitespaceOrSemicolons(const char* tail) {
  for (; *tail != '\0'; ++tail) {
    const char c = *tail;
    if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != ';') return false;
  }
  return true;
}

}  // namespace

core::Result<sqlite3_stmt*> SqliteStatementCache::Get(std::string_view sql) {
  if (auto it = statements_.find(sql); it != statements_.end()) return it->second;
  if (statements_.size() >= kMaxCachedStatements) Clear();

  // sqlite3_prepare_v3 wants a NUL-terminated tail to report where parsing stopped.
  std::string text(sql);
  sqlite3_stmt* stmt = nullptr;
  const char* tail = nullptr;
  int rc = sqlite3_prepare_v3(db_, text.c_str(), static_cast<int>(text.size() + 1),
                              SQLITE_PREPARE_PERSISTENT, &stmt, &tail);
  if (rc != SQLITE_OK) return SqliteError(db_, rc, sql);
  if (stmt == nullptr) {
    return core::Error::Make(core::ErrorCode::kInternal,
                             "empty SQL statement: " + SqlForMessage(sql));
  }
  if (tail != nullptr && !OnlyWhitespaceOrSemicolons(tail)) {
    // The rest may still be only a comment; refuse only if it holds another statement.
    sqlite3_stmt* next = nullptr;
    rc = sqlite3_prepare_v2(db_, tail, -1, &next, nullptr);
    sqlite3_finalize(next);
    if (rc != SQLITE_OK || next != nullptr) {
      sqlite3_finalize(stmt);
      return core::Error::Make(
          core::ErrorCode::kInternal,
          "Query runs one statement; use ExecScript for several: " + SqlForMessage(sql));
    }
  }
  statements_.emplace(std::move(text), stmt);
  return stmt;
}

void SqliteStatementCache::Clear() {
  for (auto& [sql, stmt] : statements_) sqlite3_finalize(stmt);
  statements_.clear();
}

}  // namespace salesdesk::storage
