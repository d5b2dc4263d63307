#include "storage/open/open_database.h"

#include <string>

#include "storage/postgres/postgres_database.h"
#include "storage/sqlite/sqlite_database.h"

namespace salesdesk::storage {
namespace {

constexpr std::string_view kUsage = "use sqlite:PATH or postgres://USER@HOST/DATABASE";

}  // namespace

core::Result<std::unique_ptr<SqlDatabase>> OpenDatabase(std::string_view url,
                                                        const DatabaseOptions& options) {
  if (url.starts_with("sqlite:")) {
    return OpenSqliteDatabase(std::string(url.substr(7)), options);
  }
  if (url.starts_with("postgres://") || url.starts_with("postgresql://")) {
    return OpenPostgresDatabase(std::string(url), options);
  }
  if (url.empty()) {
    return core::Error::Invalid("db", "no database URL given; " + std::string(kUsage));
  }
  // Name only the scheme: the rest of a URL may hold a password.
  const std::string_view scheme = url.substr(0, std::min(url.find(':'), std::size_t{24}));
  return core::Error::Invalid(
      "db", "unknown database URL scheme \"" + std::string(scheme) + "\"; " + std::string(kUsage));
}

}  // namespace salesdesk::storage
