#include "cli/environment.h"

#include <iostream>

#include "app/modules/app_module.h"
#include "storage/common/migration.h"
#include "storage/open/open_database.h"

namespace salesdesk::cli {

int Fail(const core::Error& error) {
  std::cerr << "error: " << error.message;
  if (!error.field.empty()) std::cerr << " (" << error.field << ")";
  std::cerr << "\n";
  return 1;
}

std::unique_ptr<Environment> OpenEnvironment(const std::string& url, int connections) {
  storage::DatabaseOptions options;
  options.read_connections = connections;
  auto db = storage::OpenDatabase(url, options);
  if (!db.ok()) {
    Fail(db.error());
    return nullptr;
  }
  auto report = storage::Migrate(**db);
  if (!report.ok()) {
    Fail(report.error());
    return nullptr;
  }
  if (!report->applied.empty()) {
    std::cerr << "migrated schema from version " << report->from_version << " to "
              << report->to_version << "\n";
  }
  auto env = std::make_unique<Environment>();
  env->db = std::move(db).value();
  env->store = std::make_unique<storage::SqlStore>(*env->db);
  for (const app::AppModule* m : app::InstalledModules()) {
    if (m->upgrade == nullptr) continue;
    if (auto upgraded = m->upgrade(*env->store, env->clock); !upgraded.ok()) {
      std::cerr << "module " << m->name << ": ";
      Fail(upgraded.error());
      return nullptr;
    }
  }
  return env;
}

}  // namespace salesdesk::cli
