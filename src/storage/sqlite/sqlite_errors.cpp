#include "storage/sqlite/sqlite_errors.h"

#include <sqlite3.h>

#include <string>

#include "storage/common/sql_util.h"

namespace salesdesk::storage {

core::Error SqliteError(sqlite3* db, int rc, std::string_view sql) {
  const std::string detail = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  switch (rc & 0xff) {
    case SQLITE_CONSTRAINT:
      // sqlite3_errmsg already names the constraint ("UNIQUE constraint failed: user.email").
      return core::Error::Make(core::ErrorCode::kConflict, detail);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return core::Error::Make(core::ErrorCode::kUnavailable,
                               "the database is busy, retry later (" + detail + ")");
    default:
      return core::Error::Make(
          core::ErrorCode::kInternal,
          "sqlite: " + detail + " (code " + std::to_string(rc) + ") in: " + SqlForMessage(sql));
  }
}

}  // namespace salesdesk::storage
