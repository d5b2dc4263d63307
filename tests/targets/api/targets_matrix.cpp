// The targets module's rows of the access matrix (issue 14, brief s20). Target plans are set by
// the director (all) and senior managers (their sub-tree); a rep reads their own, a manager
// their team's; finance, admins and logistics see none. Plans change only while drafts and are
// never deleted. The decomposition rows (target-periods) are written only by activation and
// re-planning, the daily actuals only by the storage's hooks (read as plans are), so their reads
// and the module's routes are probed per role (Op::kModule) at records that do not exist or
// requests a permitted caller gets refused, so no cell changes what later cells see; the API
// scenarios (targets_test.cpp) check own / team / other-team.
#include <deque>

#include "api/access_matrix_modules.h"

namespace salesdesk::api_test::matrix {
namespace {

constexpr Policy SR{Read::kScoped, false};

std::vector<Row> Rows() {
  std::vector<Row> rows = CrudRows("target-plans", false);
  static std::deque<std::string> patterns;  // Row holds const char*
  auto keep = [](std::string s) { return patterns.emplace_back(std::move(s)).c_str(); };
  for (const std::string base : {"/api/v1/target-periods", "/api/v1/daily-actuals"}) {
    for (const std::string& p : {base, base + "/{id}", base + "/aggregate", base + "/export"}) {
      rows.push_back({"GET", keep(p), Op::kModule, ""});
    }
  }
  rows.push_back({"POST", "/api/v1/target-plans/{id}/activate", Op::kModule, ""});
  rows.push_back({"POST", "/api/v1/target-plans/{id}/replan", Op::kModule, ""});
  rows.push_back({"GET", "/api/v1/targets/progress", Op::kModule, ""});
  return rows;
}

bool Reads(const std::string& role) {
  return role != "finance" && role != "admin" && role != "logistics";
}
bool Writes(const std::string& role) { return role == "director" || role == "senior_manager"; }

std::vector<Probe> Probes(const Row& row, const std::string& role, const Lookup& /*id*/) {
  const std::string pattern = row.pattern, method = row.method;
  const int read = Reads(role) ? 200 : 403;
  if (pattern == "/api/v1/targets/progress") {
    return {{"on a date", pattern + "?date=2026-04-08", "", read}};
  }
  for (const std::string base : {"/api/v1/target-periods", "/api/v1/daily-actuals"}) {
    if (!pattern.starts_with(base)) continue;
    if (pattern.ends_with("/{id}"))
      return {{"missing id", base + "/987654", "", read == 200 ? 404 : 403}};
    return {{"read", pattern, "", read}};
  }
  // Writers are asked for the version they saw; everyone else is forbidden first.
  if (pattern == "/api/v1/target-plans/{id}/activate") {
    return {
        {"without If-Match", "/api/v1/target-plans/987654/activate", "", Writes(role) ? 428 : 403}};
  }
  if (pattern == "/api/v1/target-plans/{id}/replan") {
    return {{"without If-Match", "/api/v1/target-plans/987654/replan",
             R"({"closed_through":"2026-03"})", Writes(role) ? 428 : 403}};
  }
  return {};
}

// clang-format off
[[maybe_unused]] const bool kRegistered = AddModuleMatrix({
    .module = "targets",
    .policies = {
        //                   rep manager senior director finance admin logistics
        {"target-plans",     SR, SR,     S,     RW,      N,      N,    N},
    },
    .audit = {
        {"target-plans",     kS, kS,     kS,    kA,      kN,     kN,   kN},
    },
    .rows = Rows(),
    .create_body =
        [](const std::string& entity, const std::string& /*n*/, std::int64_t owner_id,
           const std::function<std::int64_t(const std::string&)>& /*shared*/)
        -> std::optional<boost::json::object> {
      if (entity != "target-plans") return std::nullopt;
      return boost::json::object{{"owner_id", owner_id}, {"subject_kind", "rep"},
                                 {"measure", "visits"}, {"fiscal_year", 2026},
                                 {"annual_total", 100}};
    },
    .patch_bodies = {{"target-plans", R"({"annual_total":120})"}},
    .owned = {"target-plans"},
    .probes = Probes,
});
// clang-format on

}  // namespace
}  // namespace salesdesk::api_test::matrix
