// Opens the PostgreSQL driver: a pool of libpq sessions on one database.
#pragma once

#include <memory>
#include <string>

#include "core/result.h"
#include "storage/common/sql.h"

namespace salesdesk::storage {

// `url` is a postgres:// or postgresql:// URL, passed to libpq as it is.
core::Result<std::unique_ptr<SqlDatabase>> OpenPostgresDatabase(const std::string& url,
                                                                const DatabaseOptions& options);

}  // namespace salesdesk::storage
