// The commissions module's rows of the access matrix (issue 14, brief s20). Plans and their
// assignment to reps are settings: finance and the director write them, every role reads them (a
// rep sees the plan they are paid on). Statements and their lines are pay: the rep reads their
// own, a manager and a senior manager their team's, finance and the director all; admins and
// logistics none. Statements change only through the statement routes (computed by finance,
// the director, and managers for their team; approved by the manager, then finance), so their
// generic reads and the routes are probed per role (Op::kModule) at records that do not exist or
// bodies a permitted caller gets refused, so no cell changes what later cells see; the API
// scenarios (commissions_test.cpp) check own / team / other-team visibility on real statements.
#include <deque>

#include "api/access_matrix_modules.h"

namespace salesdesk::api_test::matrix {
namespace {

const char* const kPay[] = {"commission-statements", "commission-statement-lines"};

std::vector<Row> Rows() {
  std::vector<Row> rows = CrudRows("commission-plans");
  for (Row r : CrudRows("commission-assignments")) rows.push_back(r);
  static std::deque<std::string> patterns;  // Row holds const char*
  auto keep = [](std::string s) { return patterns.emplace_back(std::move(s)).c_str(); };
  for (const char* e : kPay) {
    const std::string base = std::string("/api/v1/") + e;
    for (const std::string& p : {base, base + "/{id}", base + "/aggregate", base + "/export"}) {
      rows.push_back({"GET", keep(p), Op::kModule, ""});
    }
  }
  rows.push_back({"POST", "/api/v1/commission-statements", Op::kModule, ""});
  rows.push_back({"POST", "/api/v1/commission-statements/{id}/approve", Op::kModule, ""});
  return rows;
}

bool Reads(const std::string& role) { return role != "admin" && role != "logistics"; }
bool Computes(const std::string& role) {
  return role == "director" || role == "finance" || role == "manager" || role == "senior_manager";
}

std::vector<Probe> Probes(const Row& row, const std::string& role, const Lookup& /*id*/) {
  const std::string pattern = row.pattern, method = row.method;
  std::string entity;
  for (const char* e : kPay) {
    const std::string base = std::string("/api/v1/") + e;
    if (pattern == base || pattern.starts_with(base + "/")) entity = e;
  }
  if (entity.empty()) return {};
  if (method == "GET") {
    if (pattern.ends_with("/{id}")) {
      return {{"missing id", "/api/v1/" + entity + "/987654", "", Reads(role) ? 404 : 403}};
    }
    return {{"read", pattern, "", Reads(role) ? 200 : 403}};
  }
  if (pattern == "/api/v1/commission-statements") {
    return {{"for a missing user", pattern, R"({"user_id":987654,"period":"2026-11"})",
             Computes(role) ? 422 : 403}};
  }
  if (pattern == "/api/v1/commission-statements/{id}/approve") {
    return {{"without If-Match", "/api/v1/commission-statements/987654/approve", "",
             Computes(role) ? 428 : 403}};
  }
  return {};
}

// clang-format off
[[maybe_unused]] const bool kRegistered = AddModuleMatrix({
    .module = "commissions",
    .policies = {
        //                        rep manager senior director finance admin logistics
        {"commission-plans",       R,  R,      R,     RW,      RW,     R,    R},
        {"commission-assignments", R,  R,      R,     RW,      RW,     R,    R},
    },
    .audit = {
        {"commission-plans",       kA, kA,     kA,    kA,      kA,     kN,   kA},
        {"commission-assignments", kA, kA,     kA,    kA,      kA,     kN,   kA},
    },
    .rows = Rows(),
    .create_body =
        [](const std::string& entity, const std::string& n, std::int64_t /*owner_id*/,
           const std::function<std::int64_t(const std::string&)>& shared)
        -> std::optional<boost::json::object> {
      if (entity == "commission-plans") {
        return boost::json::object{
            {"name", "Plan " + n},
            {"currency", "EUR"},
            {"components", boost::json::array{{{"name", "Revenue"}, {"base", "net"},
                                               {"structure", "flat"}, {"period", "month"},
                                               {"trigger", "invoice"}, {"rate", "2.5"}}}}};
      }
      if (entity == "commission-assignments") {
        return boost::json::object{{"user_id", shared("users")},
                                   {"plan_id", shared("commission-plans")},
                                   {"valid_from", "2026-01-01"}};
      }
      return std::nullopt;
    },
    .patch_bodies = {{"commission-plans", R"({"description":"matrix"})"},
                     {"commission-assignments", R"({"valid_to":"2026-12-31"})"}},
    .probes = Probes,
});
// clang-format on

}  // namespace
}  // namespace salesdesk::api_test::matrix
