// One PostgreSQL session with its prepared statements. Not thread-safe: the pool in
// PostgresDatabase lends each connection to one transaction at a time.
#pragma once

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/result.h"
#include "storage/common/sql.h"

struct pg_conn;

namespace salesdesk::storage {

class PostgresConnection {
 public:
  // Does not connect yet: EnsureConnected does, on first use.
  PostgresConnection(std::string url, const DatabaseOptions& options)
      : url_(std::move(url)), lock_timeout_ms_(options.busy_timeout_ms) {}
  ~PostgresConnection();
  PostgresConnection(const PostgresConnection&) = delete;
  PostgresConnection& operator=(const PostgresConnection&) = delete;

  // Connects the first time, and reconnects a session libpq has marked as broken (server
  // restart, network failure), so one lost connection does not poison the pool for good.
  core::Result<void> EnsureConnected();
  // Forces a reconnect at the next EnsureConnected (state of the session unknown).
  void Discard();
  bool Broken() const;
  bool InTransaction() const;

  // An extended-protocol statement, prepared once per session by its SQL text.
  core::Result<SqlRows> Query(std::string_view sql, std::span<const SqlValue> params = {});
  // Simple protocol: several statements, no parameters. Returns the last command tag.
  core::Result<std::string> Exec(std::string_view script);

 private:
  struct Prepared {
    std::string name;
    int parameter_count;
  };
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };

  core::Result<void> SetUpSession();
  core::Result<const Prepared*> Prepare(std::string_view sql);

  std::string url_;
  int lock_timeout_ms_;
  pg_conn* conn_ = nullptr;
  bool discarded_ = false;
  std::unordered_map<std::string, Prepared, Hash, std::equal_to<>> statements_;
  std::uint64_t next_statement_ = 0;
};

}  // namespace salesdesk::storage
