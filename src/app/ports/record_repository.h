// The records of every entity, read through a visibility and written with optimistic versions:
// what the record service, the modules' services and the reports need of storage.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/ports/aggregate_query.h"
#include "app/ports/record_query.h"
#include "app/records/entity_spec.h"
#include "core/result.h"

namespace salesdesk::app {

class RecordRepository {
 public:
  virtual ~RecordRepository() = default;

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
  // Adds `delta` to the integer `field` of the row whose fields equal `key`, inserting the row
  // with `delta` when there is none: one statement, so concurrent writers add up (a maintained
  // summary). `key`'s fields must be the columns of one of the table's unique indexes.
  virtual core::Result<void> Accumulate(const EntitySpec& e, const Record& key,
                                        std::string_view field, std::int64_t delta,
                                        std::int64_t now_us) = 0;
  // Whether a record exists, ignoring visibility (reference checks).
  virtual core::Result<bool> Exists(const EntitySpec& e, std::int64_t id) = 0;
  // Parent id of a tree record (for cycle checks); nullopt at the root.
  virtual core::Result<std::optional<std::int64_t>> ParentOf(const EntitySpec& e,
                                                             std::int64_t id) = 0;
};

}  // namespace salesdesk::app
