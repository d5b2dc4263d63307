// Opens the SQLite driver: one writer connection and a pool of readers on one file in WAL mode.
#pragma once

#include <memory>
#include <string>

#include "core/result.h"
#include "storage/common/sql.h"

namespace salesdesk::storage {

core::Result<std::unique_ptr<SqlDatabase>> OpenSqliteDatabase(const std::string& path,
                                                              const DatabaseOptions& options);

}  // namespace salesdesk::storage
