// Superseded versions of records whose entity keeps_versions (price lists, their items and
// pricing rules; decision 0017), kept in pricing-versions in the writing transaction and read
// back as records, so a document priced at an earlier instant is priced and explained with the
// conditions of that instant.
#pragma once

#include <cstdint>
#include <vector>

#include "app/ports/record_repository.h"
#include "core/result.h"

namespace salesdesk::app {

// Keeps `before` (the record as it was until now) when it is updated or deleted.
core::Result<void> KeepVersion(RecordRepository& uow, const EntitySpec& e, const Record& before,
                               std::int64_t now_us);

// Whether any record of `e` was created, changed or deleted after `instant_us`.
core::Result<bool> ChangedAfter(RecordRepository& uow, const EntitySpec& e,
                                std::int64_t instant_us);

// The records of `e` as they stood at `instant_us`: current ones unchanged since, superseded
// versions in force then (also of records deleted since). Records created after the instant
// are left out unless `keep_created_after` (the pricing engine explains such rules itself).
core::Result<std::vector<Record>> RecordsAsOf(RecordRepository& uow, const EntitySpec& e,
                                              std::int64_t instant_us, bool keep_created_after);

}  // namespace salesdesk::app
