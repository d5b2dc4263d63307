// The forecasts module's rows of the access matrix (issue 12, brief s21). A forecast reads like
// the deals it sums: a rep their own, a leader their team's, the director and finance everyone;
// admins and logistics have no business with forecasts. Only leaders (managers, senior managers,
// the director) adjust, and only their direct reports or their own number; reps and finance
// never. Adjustments and snapshots are written only by the module's route and job, so their
// reads and the module's routes are probed per role (Op::kModule) at records that do not exist
// or requests a permitted caller gets refused; the API scenarios (forecasts_test.cpp) check own
// row / team / everyone.
#include <deque>

#include "api/access_matrix_modules.h"

namespace salesdesk::api_test::matrix {
namespace {

std::vector<Row> Rows() {
  std::vector<Row> rows;
  static std::deque<std::string> patterns;  // Row holds const char*
  auto keep = [](std::string s) { return patterns.emplace_back(std::move(s)).c_str(); };
  for (const std::string base : {"/api/v1/forecast-adjustments", "/api/v1/forecast-snapshots"}) {
    for (const std::string& p : {base, base + "/{id}", base + "/aggregate", base + "/export"}) {
      rows.push_back({"GET", keep(p), Op::kModule, ""});
    }
  }
  rows.push_back({"POST", "/api/v1/forecast-adjustments", Op::kModule, ""});
  rows.push_back({"POST", "/api/v1/forecast-adjustments/{id}/withdraw", Op::kModule, ""});
  rows.push_back({"GET", "/api/v1/forecasts/grid", Op::kModule, ""});
  rows.push_back({"GET", "/api/v1/forecasts/adjustments", Op::kModule, ""});
  rows.push_back({"GET", "/api/v1/forecasts/accuracy", Op::kModule, ""});
  rows.push_back({"GET", "/api/v1/forecasts/statistical", Op::kModule, ""});
  return rows;
}

bool Reads(const std::string& role) { return role != "admin" && role != "logistics"; }
bool Adjusts(const std::string& role) {
  return role == "manager" || role == "senior_manager" || role == "director";
}

std::vector<Probe> Probes(const Row& row, const std::string& role, const Lookup& id) {
  const std::string pattern = row.pattern, method = row.method;
  if (!pattern.starts_with("/api/v1/forecast")) return {};  // another module's row
  const int read = Reads(role) ? 200 : 403;
  if (pattern.ends_with("/withdraw")) {
    // A missing adjustment: who may adjust is told it is not found, everyone else is refused.
    return {{"missing id", "/api/v1/forecast-adjustments/987654/withdraw", "",
             Adjusts(role) ? 404 : 403}};
  }
  if (method == "POST") {
    // Closed is never adjusted: a leader is refused for the body, everyone else for the role.
    return {{"closed", pattern,
             R"({"person":)" + std::to_string(id("user:rep_a")) +
                 R"(,"period":"2024-03","category":"closed","value":1,"reason":"matrix"})",
             Adjusts(role) ? 422 : 403}};
  }
  if (pattern == "/api/v1/forecasts/grid") {
    return {{"a month", pattern + "?period=2024-03", "", read},
            {"a quarter", pattern + "?period=2024-Q1", "", read}};
  }
  if (pattern == "/api/v1/forecasts/adjustments") {
    return {{"rep_a's history",
             pattern + "?person=" + std::to_string(id("user:rep_a")) + "&period=2024-03", "",
             read}};
  }
  if (pattern == "/api/v1/forecasts/accuracy") {
    // The caller's own; finance forecasts nothing (not in the sales hierarchy) but reads rep_a's.
    const std::string own = pattern + "?months=3";
    if (role == "finance") {
      return {{"own", own, "", 404},
              {"rep_a", own + "&person=" + std::to_string(id("user:rep_a")), "", 200}};
    }
    return {{"own", own, "", read}};
  }
  if (pattern == "/api/v1/forecasts/statistical") {
    // Read from the orders (everyone but admins reads them); the seeded history is too short.
    return {{"rep_a's revenue", pattern + "?scope=rep&id=" + std::to_string(id("user:rep_a")), "",
             role == "admin" ? 403 : 422}};
  }
  if (pattern.ends_with("/{id}")) {
    const std::string missing = pattern.substr(0, pattern.size() - 4) + "987654";
    return {{"missing id", missing, "", Reads(role) ? 404 : 403}};
  }
  return {{"read", pattern, "", read}};
}

[[maybe_unused]] const bool kRegistered = AddModuleMatrix({
    .module = "forecasts",
    .rows = Rows(),
    .probes = Probes,
});

}  // namespace
}  // namespace salesdesk::api_test::matrix
