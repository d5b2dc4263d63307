// What the record path keeps beside the records in the same transaction: document numbers,
// cache stamps, the team tree the access layer reads, and the audit trail.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

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

class RecordLedger {
 public:
  virtual ~RecordLedger() = default;

  // The next number of a named document sequence ("quote-2026"), starting at 1; allocated in
  // this transaction, so a rolled-back document gives its number back.
  virtual core::Result<std::int64_t> NextNumber(const std::string& sequence) = 0;
  // The version of a cache group (EntitySpec::cache_group): bumped by every insert, update and
  // delete of the group's tables in the writing transaction. One primary-key read.
  virtual core::Result<std::int64_t> DataVersion(const std::string& group) = 0;

  // Access: ids of the users whose records `user_id` sees through leading teams (the
  // whole sub-tree of every team they lead), always including `user_id`.
  virtual core::Result<std::vector<std::int64_t>> TeamMemberIds(std::int64_t user_id) = 0;

  // One row of the audit trail, written in the transaction of the change it describes.
  virtual core::Result<void> AppendAudit(const AuditEntry& entry) = 0;
};

}  // namespace salesdesk::app
