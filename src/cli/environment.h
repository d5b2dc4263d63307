// What every command needs: the database (migrated), the store over it and the clock.
#pragma once

#include <memory>
#include <string>

#include "app/system_clock.h"
#include "storage/common/sql.h"
#include "storage/common/sql_store.h"

namespace salesdesk::cli {

struct Environment {
  std::unique_ptr<storage::SqlDatabase> db;
  std::unique_ptr<storage::SqlStore> store;
  app::SystemClock clock;
};

// Opens the database at `url`, applies pending migrations (refusing a newer schema) and
// prints what it did to stderr. nullptr after printing the reason on failure.
std::unique_ptr<Environment> OpenEnvironment(const std::string& url, int connections = 8);

// Prints "error: <message>" (and the field) to stderr; returns exit code 1.
int Fail(const core::Error& error);

}  // namespace salesdesk::cli
