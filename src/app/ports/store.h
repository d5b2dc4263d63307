// The storage port: a unit of work (one database transaction) with the repositories the
// platform needs. Implemented once over SQL in storage/common for SQLite and PostgreSQL.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/ports/aggregate_query.h"
#include "app/ports/record_query.h"
#include "app/records/entity_spec.h"
#include "core/result.h"

namespace salesdesk::app {

struct AuditEntry {
  std::int64_t at_us = 0;
  std::int64_t actor_id = 0;  // 0 = the system (CLI, migrations, demo)
  std::string entity;         // plural entity name
  std::int64_t entity_id = 0;
  std::string action;       // create / update / delete
  std::string before_json;  // empty when none
  std::string after_json;
};

struct UserCredentials {
  std::int64_t id = 0;
  std::string email;
  std::string name;
  std::string role;
  std::int64_t team_id = 0;
  bool active = false;
  std::string password_hash;  // argon2id encoded string; empty = no password set
  std::int64_t credentials_changed_us = 0;
};

// What the database remembers of one throttling key's failed sign-ins.
struct LoginFailures {
  std::int64_t failures = 0;
  std::int64_t last_failure_us = 0;
  std::int64_t blocked_until_us = 0;  // 0 = not blocked
};

struct SessionRecord {
  std::string token_hash;  // hex BLAKE2b of the token; the token itself is never stored
  std::int64_t user_id = 0;
  std::string kind;        // "browser" or "api"
  std::string csrf_token;  // browser sessions only
  std::string label;       // api tokens: what the token is for
  std::int64_t created_us = 0;
  std::int64_t expires_us = 0;
};

struct StoredResponse {
  std::string request_hash;
  int status = 0;
  std::string body;
  std::string location;
};

class UnitOfWork {
 public:
  virtual ~UnitOfWork() = default;  // rolls back unless committed

  // Records (reads apply `visibility`; the caller has checked the role may read the entity).
  virtual core::Result<std::optional<Record>> Get(const EntitySpec& e, std::int64_t id,
                                                  const Visibility& visibility) = 0;
  virtual core::Result<Page> List(const EntitySpec& e, const ListQuery& query,
                                  const Visibility& visibility) = 0;
  // Counts and measures per group over the rows List would match with the same filters, search
  // and visibility. Sums are exact; a sum beyond int64 is kOverflow, never wrapped.
  virtual core::Result<AggregateResult> Aggregate(const EntitySpec& e, const AggregateQuery& query,
                                                  const Visibility& visibility) = 0;
  // Inserts business fields; sets id, version 1, created_at, updated_at. Returns the record.
  virtual core::Result<Record> Insert(const EntitySpec& e, const Record& fields,
                                      std::int64_t now_us) = 0;
  // Inserts several records of one entity in as few statements as possible (one per set of
  // fields given); returns them as stored, in order. For documents with many lines.
  virtual core::Result<std::vector<Record>> InsertMany(const EntitySpec& e,
                                                       const std::vector<Record>& records,
                                                       std::int64_t now_us) = 0;
  // Updates the given fields if the stored version equals expected_version (else
  // kPreconditionFailed); bumps the version. Returns the record as stored.
  virtual core::Result<Record> Update(const EntitySpec& e, std::int64_t id, const Record& fields,
                                      std::int64_t expected_version, std::int64_t now_us) = 0;
  virtual core::Result<void> Delete(const EntitySpec& e, std::int64_t id,
                                    std::int64_t expected_version) = 0;
  // Whether a record exists, ignoring visibility (reference checks).
  virtual core::Result<bool> Exists(const EntitySpec& e, std::int64_t id) = 0;
  // Parent id of a tree record (for cycle checks); nullopt at the root.
  virtual core::Result<std::optional<std::int64_t>> ParentOf(const EntitySpec& e,
                                                             std::int64_t id) = 0;

  // The next number of a named document sequence ("quote-2026"), starting at 1; allocated in
  // this transaction, so a rolled-back document gives its number back.
  virtual core::Result<std::int64_t> NextNumber(const std::string& sequence) = 0;
  // The version of a cache group (EntitySpec::cache_group): bumped by every insert, update and
  // delete of the group's tables in the writing transaction. One primary-key read.
  virtual core::Result<std::int64_t> DataVersion(const std::string& group) = 0;

  // Access: ids of the users whose records `user_id` sees through leading teams (the
  // whole sub-tree of every team they lead), always including `user_id`.
  virtual core::Result<std::vector<std::int64_t>> TeamMemberIds(std::int64_t user_id) = 0;

  virtual core::Result<void> AppendAudit(const AuditEntry& entry) = 0;

  // Users and sessions.
  virtual core::Result<std::optional<UserCredentials>> FindUserByEmail(
      const std::string& email) = 0;
  virtual core::Result<std::optional<UserCredentials>> FindUserById(std::int64_t id) = 0;
  virtual core::Result<void> SetPassword(std::int64_t user_id, const std::string& hash,
                                         std::int64_t now_us) = 0;
  virtual core::Result<void> InsertSession(const SessionRecord& session) = 0;
  // The session and its user in one round trip: every authenticated request asks this.
  virtual core::Result<std::optional<std::pair<SessionRecord, UserCredentials>>>
  FindSessionWithUser(const std::string& token_hash) = 0;
  virtual core::Result<void> DeleteSession(const std::string& token_hash) = 0;
  virtual core::Result<void> DeleteSessionsOfUser(std::int64_t user_id) = 0;

  // Failed sign-in attempts per key ("email:…", "address:…", "pair:…"), shared by all servers.
  // Counts one more failure, or starts again at 1 when the key's last failure is older than
  // `memory_us`; returns the count.
  virtual core::Result<std::int64_t> RecordLoginFailure(const std::string& key, std::int64_t now_us,
                                                        std::int64_t memory_us) = 0;
  virtual core::Result<std::optional<LoginFailures>> FindLoginFailures(const std::string& key) = 0;
  virtual core::Result<void> BlockLogin(const std::string& key, std::int64_t until_us) = 0;
  virtual core::Result<void> ClearLoginFailures(const std::string& key) = 0;

  // Idempotency keys of creating POSTs, stored in the same transaction as what they created.
  virtual core::Result<std::optional<StoredResponse>> FindIdempotent(std::int64_t user_id,
                                                                     const std::string& key) = 0;
  virtual core::Result<void> SaveIdempotent(std::int64_t user_id, const std::string& key,
                                            const StoredResponse& response,
                                            std::int64_t now_us) = 0;

  virtual core::Result<void> Commit() = 0;
};

class Store {
 public:
  virtual ~Store() = default;
  virtual core::Result<std::unique_ptr<UnitOfWork>> Read() = 0;
  virtual core::Result<std::unique_ptr<UnitOfWork>> Write() = 0;
};

}  // namespace salesdesk::app
