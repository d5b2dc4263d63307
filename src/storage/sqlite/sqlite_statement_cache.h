// Prepared statements of one SQLite connection, kept by SQL text so that repeated statements
// skip parsing and planning (the hot path of every request).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace salesdesk::storage {

class SqliteStatementCache {
 public:
  explicit SqliteStatementCache(sqlite3* db) : db_(db) {}
  ~SqliteStatementCache() { Clear(); }
  SqliteStatementCache(const SqliteStatementCache&) = delete;
  SqliteStatementCache& operator=(const SqliteStatementCache&) = delete;

  // A statement ready to bind. The caller must reset it and clear its bindings after use; it
  // stays owned by the cache. Text holding more than one statement is refused.
  core::Result<sqlite3_stmt*> Get(std::string_view sql);
  void Clear();

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };

  sqlite3* db_;
  std::unordered_map<std::string, sqlite3_stmt*, Hash, std::equal_to<>> statements_;
};

}  // namespace salesdesk::storage
