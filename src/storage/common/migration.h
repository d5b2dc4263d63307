// Numbered schema migrations, one list per dialect, embedded at build time from
// src/storage/migrations/<dialect>/NNNN_name.sql.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"
#include "storage/common/sql.h"

namespace salesdesk::storage {

struct Migration {
  std::int64_t version;
  const char* name;
  const char* sql;
};

const std::vector<Migration>& sqlite_migrations();
const std::vector<Migration>& postgres_migrations();

struct MigrationReport {
  std::int64_t from_version = 0;
  std::int64_t to_version = 0;
  std::vector<std::string> applied;
};

// Applies every pending migration, each in its own write transaction, recording it in the
// schema_migrations table. Refuses (kConflict) when the database holds a version newer than
// the newest this binary knows.
core::Result<MigrationReport> Migrate(SqlDatabase& db);
core::Result<std::int64_t> CurrentSchemaVersion(SqlDatabase& db);

}  // namespace salesdesk::storage
