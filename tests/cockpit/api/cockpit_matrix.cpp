// The cockpit's row of the access matrix (issue 14, decision 0046). GET /cockpit is for the
// people who sell and lead: a rep (their own figures), a manager and a senior manager (the team
// they lead), the director (everyone). Finance, admins and logistics are refused: finance reads
// receivables in billing's own screens, and the cockpit is about people's attainment, which
// they do not read (their target-plans policy is none). The API scenarios (cockpit_test.cpp)
// check whose figures each caller gets.
#include "api/access_matrix_modules.h"

namespace salesdesk::api_test::matrix {
namespace {

bool Reads(const std::string& role) {
  return role == "rep" || role == "manager" || role == "senior_manager" || role == "director";
}

std::vector<Probe> Probes(const Row& row, const std::string& role, const Lookup& /*id*/) {
  const std::string pattern = row.pattern;
  if (pattern == "/api/v1/cockpit/matrix") {
    return {{"the last twelve months", "/api/v1/cockpit/matrix", "", Reads(role) ? 200 : 403},
            {"visits", "/api/v1/cockpit/matrix?measure=visits&from=2023-06&to=2024-03", "",
             Reads(role) ? 200 : 403}};
  }
  if (pattern != "/api/v1/cockpit") return {};
  // The fixture's clock stands in March 2024: February is a closed month.
  return {{"a closed month", "/api/v1/cockpit?period=2024-02", "", Reads(role) ? 200 : 403},
          {"own figures", "/api/v1/cockpit?period=2024-02&scope=me", "", Reads(role) ? 200 : 403}};
}

[[maybe_unused]] const bool kRegistered = AddModuleMatrix({
    .module = "cockpit",
    .rows = {{"GET", "/api/v1/cockpit", Op::kModule, ""},
             {"GET", "/api/v1/cockpit/matrix", Op::kModule, ""}},
    .probes = Probes,
});

}  // namespace
}  // namespace salesdesk::api_test::matrix
