// The import routes' rows of the access matrix (platform routes, registered like a module's so
// the platform table stays as it was). Who may upload a file for an entity is who may create
// its records: the probe sends a body that is no CSV, so a permitted role meets 415 (the type is
// checked after the rights) and changes nothing; the others get 403. An import is its
// uploader's alone: an id that is nobody's (or someone else's) is 404 for every role.
#include "api/access_matrix_modules.h"

namespace salesdesk::api_test::matrix {
namespace {

std::vector<Row> Rows() {
  return {{"POST", "/api/v1/imports", Op::kModule, ""},
          {"GET", "/api/v1/imports/{id}", Op::kModule, ""},
          {"PUT", "/api/v1/imports/{id}/mapping", Op::kModule, ""},
          {"POST", "/api/v1/imports/{id}/dry-run", Op::kModule, ""},
          {"GET", "/api/v1/imports/{id}/errors.csv", Op::kModule, ""},
          {"POST", "/api/v1/imports/{id}/run", Op::kModule, ""}};
}

std::vector<Probe> Probes(const Row& row, const std::string& role, const Lookup&) {
  const std::string pattern = row.pattern;
  std::vector<Probe> out;
  if (!pattern.starts_with("/api/v1/imports")) return out;  // another module's row
  if (pattern == "/api/v1/imports") {
    // Accounts are created by the sellers (kPolicies: S for rep, manager, senior; RW director);
    // products by the director, admins and logistics.
    const bool sells =
        role == "rep" || role == "manager" || role == "senior_manager" || role == "director";
    const bool catalog = role == "director" || role == "admin" || role == "logistics";
    out.push_back({"accounts", pattern + "?entity=accounts", "{}", sells ? 415 : 403});
    out.push_back({"products", pattern + "?entity=products", "{}", catalog ? 415 : 403});
    // Quotes are written through their own service only: nobody imports them.
    out.push_back({"quotes", pattern + "?entity=quotes", "{}", 422});
    return out;
  }
  const std::string path = "/api/v1/imports/987654" + pattern.substr(pattern.find("{id}") + 4);
  out.push_back(
      {"nobody's import", path, row.method == std::string("PUT") ? R"({"mapping":{}})" : "", 404});
  return out;
}

[[maybe_unused]] const bool kRegistered = AddModuleMatrix({
    .module = "imports",
    .policies = {},
    .audit = {},
    .rows = Rows(),
    .create_body = {},
    .probes = Probes,
});

}  // namespace
}  // namespace salesdesk::api_test::matrix
