// The demo company: a believable international distributor of medical devices (MedSupply
// Iberia S.L., Barcelona) with its people, teams, territories, catalogue, customers and
// contacts. Everything derives from the seed, so two runs with the same options produce the
// same data, on any platform and either database.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "app/auth/auth_service.h"
#include "app/ports/store.h"
#include "core/result.h"
#include "core/time/clock.h"

namespace salesdesk::app {

struct DemoOptions {
  std::uint64_t seed = 20261122;
  int accounts = 2000;           // ~2,000 by default; 200,000 for benchmark data sets
  int contacts_per_account = 2;  // average; each account gets a deterministic 1..3
  int products = 300;
  int reps = 14;
  int activity_months = 36;  // the activities module's history (salesdesk demo --activity-months)
  // Order-to-cash history (decision 0050): months, average order lines a month, average lines
  // per order. 36 × 10M/36 lines with 200 reps, 20k accounts, 5k products is the benchmark set.
  int order_months = 36;
  int order_lines_per_month = 60;
  int order_lines_per_order = 5;
  int extra_pricing_rules = 0;  // synthetic product/category rules, for pricing benchmarks
  std::string password_suffix;  // appended to every demo password ("rep-demo-2026" + suffix)
  // Where a generator may say what it made and how long it took (the CLI prints to stderr).
  std::function<void(const std::string&)> report;
};

struct DemoUser {
  std::string email;
  std::string role;      // role name as stored, e.g. "senior_manager"
  std::string password;  // demo only: printed by the command that runs the generator
};

struct DemoSummary {
  std::vector<DemoUser> users;
  std::int64_t accounts = 0, contacts = 0, products = 0;
};

// Creates the demo company in an EMPTY database (kConflict if settings already exist).
core::Result<DemoSummary> GenerateDemoCompany(Store& store, AuthService& auth,
                                              const core::Clock& clock, const DemoOptions& options);

// True when the organisation settings row exists (the database already holds a company).
core::Result<bool> CompanyExists(Store& store);

}  // namespace salesdesk::app
