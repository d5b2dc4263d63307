// Maps SQLite result codes onto the closed set of error codes (see SqlTransaction).
#pragma once

#include <string_view>

#include "core/result.h"

struct sqlite3;

namespace salesdesk::storage {

// `rc` is the (extended) result code of the failed call on `db`; `sql` names what failed.
core::Error SqliteError(sqlite3* db, int rc, std::string_view sql);

}  // namespace salesdesk::storage
