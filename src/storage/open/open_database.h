// Opens a database from its URL: "sqlite:PATH" or "postgres://..." / "postgresql://...".
#pragma once

#include <memory>
#include <string_view>

#include "core/result.h"
#include "storage/common/sql.h"

namespace salesdesk::storage {

core::Result<std::unique_ptr<SqlDatabase>> OpenDatabase(std::string_view url,
                                                        const DatabaseOptions& options = {});

}  // namespace salesdesk::storage
