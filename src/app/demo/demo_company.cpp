// Orchestrates the demo company: organisation first (committed before the slow password
// hashing), then the catalogue and the customers in batches of ~2,000 records.
#include "app/demo/demo_company.h"

#include "app/demo/demo_internal.h"
#include "app/modules/app_module.h"

namespace salesdesk::app {
namespace {

using core::Error;
using core::ErrorCode;

core::Result<void> CheckOptions(const DemoOptions& o) {
  auto out_of_range = [](int value, int low, int high) { return value < low || value > high; };
  if (out_of_range(o.accounts, 0, 10'000'000)) {
    return Error::Invalid("accounts", "accounts must be between 0 and 10000000");
  }
  if (out_of_range(o.contacts_per_account, 0, 10)) {
    return Error::Invalid("contacts_per_account", "contacts per account must be between 0 and 10");
  }
  if (out_of_range(o.products, 0, 1'000'000)) {
    return Error::Invalid("products", "products must be between 0 and 1000000");
  }
  if (out_of_range(o.reps, 0, 1000))
    return Error::Invalid("reps", "reps must be between 0 and 1000");
  return core::Ok();
}

}  // namespace

core::Result<bool> CompanyExists(Store& store) {
  SD_ASSIGN(auto uow, store.Read());
  SD_ASSIGN(auto settings, uow->Get(SettingsSpec(), 1, Visibility::All()));
  return settings.has_value();
}

core::Result<DemoSummary> GenerateDemoCompany(Store& store, AuthService& auth,
                                              const core::Clock& clock,
                                              const DemoOptions& options) {
  SD_TRY(CheckOptions(options));
  SD_ASSIGN(bool exists, CompanyExists(store));
  if (exists) {
    return Error::Make(ErrorCode::kConflict,
                       "this database already holds a company; create the demo company in an "
                       "empty database");
  }
  const core::Timestamp now = clock.Now();
  demo::BatchWriter writer(store, now.micros_since_epoch());
  const CompanyCalendar company = demo::DemoCalendar();
  const core::Date today = company.DateOf(now.micros_since_epoch());
  SD_TRY(demo::CreateSettingsAndMoney(writer, today, options));
  SD_ASSIGN(demo::OrgIds org, demo::CreateOrganisation(writer, options));
  SD_TRY(writer.Commit());
  SD_TRY(demo::SetDemoPasswords(auth, org));
  SD_ASSIGN(std::int64_t products, demo::CreateCatalogue(writer, options));
  SD_ASSIGN(demo::CustomerCounts customers, demo::CreateCustomers(writer, org, options));
  SD_TRY(writer.Commit());
  // Each installed module's demo data, in dependency order.
  for (const AppModule* m : InstalledModules()) {
    if (m->add_demo != nullptr)
      SD_TRY(m->add_demo(DemoContext{store, clock, org, options, company, today}));
  }

  DemoSummary summary;
  summary.users = std::move(org.users);
  summary.accounts = customers.accounts;
  summary.contacts = customers.contacts;
  summary.products = products;
  return summary;
}

}  // namespace salesdesk::app
