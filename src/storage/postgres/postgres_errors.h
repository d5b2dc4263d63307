// Maps libpq failures onto the closed set of error codes (see SqlTransaction).
#pragma once

#include <string_view>

#include "core/result.h"

struct pg_conn;
struct pg_result;

namespace salesdesk::storage {

// `result` may be null (libpq could not even build one, e.g. out of memory or no connection).
core::Error PostgresError(pg_conn* conn, const pg_result* result, std::string_view sql);

// libpq's last error on `conn`, trimmed of its trailing newline.
std::string PostgresConnectionMessage(pg_conn* conn);

}  // namespace salesdesk::storage
