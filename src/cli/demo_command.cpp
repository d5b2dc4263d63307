#include <iostream>
#include <memory>

#include "app/auth/auth_service.h"
#include "app/demo/demo_company.h"
#include "cli/admin_commands.h"
#include "cli/environment.h"

namespace salesdesk::cli {

void AddDemoCommand(CLI::App& app) {
  struct Options {
    std::string db;
    bool if_empty = false;
    bool print_logins = false;
    app::DemoOptions demo;
  };
  auto o = std::make_shared<Options>();
  auto* cmd = app.add_subcommand("demo", "Create the demo company (a medical-device distributor)");
  cmd->add_option("--db", o->db, "sqlite:PATH or postgres://...")->required();
  cmd->add_flag("--if-empty", o->if_empty, "do nothing when the database already has a company");
  cmd->add_flag("--print-logins", o->print_logins, "print the demo users and passwords");
  cmd->add_option("--seed", o->demo.seed, "random seed (same seed, same company)");
  cmd->add_option("--accounts", o->demo.accounts, "number of accounts")
      ->check(CLI::Range(1, 5'000'000));
  cmd->add_option("--products", o->demo.products, "number of products")
      ->check(CLI::Range(1, 1'000'000));
  cmd->add_option("--reps", o->demo.reps, "number of sales reps")->check(CLI::Range(4, 1000));
  cmd->add_option("--activity-months", o->demo.activity_months,
                  "months of activity history per rep (activities module)")
      ->check(CLI::Range(0, 120));
  cmd->add_option("--order-months", o->demo.order_months,
                  "months of order-to-cash history: orders, deliveries, invoices, payments")
      ->check(CLI::Range(0, 120));
  cmd->add_option("--order-lines-per-month", o->demo.order_lines_per_month,
                  "average order lines a month in that history (277778 for 10M over 36 months)")
      ->check(CLI::Range(0, 10'000'000));
  cmd->add_option("--order-lines-per-order", o->demo.order_lines_per_order,
                  "average lines per order in that history")
      ->check(CLI::Range(1, 50));
  cmd->add_option("--extra-pricing-rules", o->demo.extra_pricing_rules,
                  "synthetic pricing rules added for benchmarks (e.g. 10000)")
      ->check(CLI::Range(0, 1'000'000));
  cmd->callback([o] {
    auto env = OpenEnvironment(o->db);
    if (!env) throw CLI::RuntimeError(1);
    auto exists = app::CompanyExists(*env->store);
    if (!exists.ok()) throw CLI::RuntimeError(Fail(exists.error()));
    if (*exists) {
      if (o->if_empty) {
        std::cout << "the database already holds a company; demo data left as it is\n";
        if (o->print_logins) {
          std::cout << "demo logins (if this is the demo company): director@medsupply.example / "
                       "director-demo-2026, rep1@medsupply.example / rep-demo-2026\n";
        }
        return;
      }
      throw CLI::RuntimeError(Fail(core::Error::Make(
          core::ErrorCode::kConflict, "the database already holds a company; use a new database")));
    }
    app::AuthService auth(*env->store, env->clock);
    o->demo.report = [](const std::string& line) { std::cerr << line << "\n"; };
    auto summary = app::GenerateDemoCompany(*env->store, auth, env->clock, o->demo);
    if (!summary.ok()) throw CLI::RuntimeError(Fail(summary.error()));
    std::cout << "demo company created: " << summary->accounts << " accounts, " << summary->contacts
              << " contacts, " << summary->products << " products\n";
    if (o->print_logins) {
      std::cout << "\nDemo logins (demo only - change them for real use):\n";
      for (const auto& u : summary->users) {
        std::cout << "  " << u.role << std::string(16 - std::min<size_t>(15, u.role.size()), ' ')
                  << u.email << "  " << u.password << "\n";
      }
      std::cout << "\n";
    }
  });
}

}  // namespace salesdesk::cli
