// What a module brings to the app layer, declared in its own folder: its name, the modules it
// builds on, its entities, its demo data and its scheduled jobs. The platform never names a
// module: the build lists the installed ones (salesdesk_module() in cmake/salesdesk_module.cmake
// generates InstalledModules()), in dependency order.
#pragma once

#include <chrono>
#include <span>
#include <string_view>
#include <vector>

#include "app/records/company_calendar.h"
#include "app/records/entity_spec.h"
#include "core/result.h"
#include "core/time/clock.h"
#include "core/time/date.h"

namespace salesdesk::app {

class Store;
class MailTransport;
struct DemoOptions;
namespace demo {
struct OrgIds;
}

// Demo data of one module, written after the organisation, catalogue and customers exist.
struct DemoContext {
  Store& store;
  const core::Clock& clock;
  const demo::OrgIds& org;
  const DemoOptions& options;
  // The company's calendar and its business date now (settings.time_zone): every module's demo
  // dates from it, so at 23:30 UTC in Madrid "today's" plans land on Madrid's today.
  const CompanyCalendar& company;
  core::Date today;
};

// What the server lends jobs that reach outside the database; null when not configured.
struct JobServices {
  MailTransport* mail = nullptr;  // the SMTP relay of `serve --smtp-host` (the outbox's sender)
};

// A job the server runs on a period (quote expiry, dunning, forecast snapshots). `run` opens
// its own units of work and returns a line for the log (empty: nothing to say). A job that
// needs the server's services (JobServices) sets `run_with` instead.
struct ScheduledJob {
  std::string_view name;  // unique, e.g. "quotes.expire"
  std::chrono::seconds period;
  core::Result<std::string> (*run)(Store& store, const core::Clock& clock) = nullptr;
  core::Result<std::string> (*run_with)(Store& store, const core::Clock& clock,
                                        const JobServices& services) = nullptr;
};

struct AppModule {
  std::string_view name;                  // e.g. "sales"
  std::vector<std::string_view> depends;  // modules that must be installed before this one
  // Appends the module's entities to the catalog (after the platform's and its dependencies').
  void (*add_entities)(std::vector<EntitySpec>& catalog) = nullptr;
  core::Result<void> (*add_demo)(const DemoContext& ctx) = nullptr;
  std::vector<ScheduledJob> jobs;
  // Run at every start, after the migrations: writes data a migration's SQL cannot compute (a
  // maintained summary built from the records once). Cheap when there is nothing to do.
  core::Result<void> (*upgrade)(Store& store, const core::Clock& clock) = nullptr;
};

// The installed modules in dependency order. Defined by code the build generates from the
// modules listed in src/modules/CMakeLists.txt.
std::span<const AppModule* const> InstalledModules();

}  // namespace salesdesk::app
