// Online backup of an SQLite database to a new file.
#pragma once

#include <string>

#include "core/result.h"
#include "storage/sqlite/sqlite_connection.h"

namespace salesdesk::storage {

// Copies the database behind `source` (a reader connection not inside a transaction) to
// `path`, which must not exist yet. Writers keep working while it runs.
core::Result<void> BackupSqliteDatabase(SqliteConnection& source, const std::string& path);

}  // namespace salesdesk::storage
