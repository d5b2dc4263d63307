// The appraisal module's rows of the access matrix (issue 14, RULES B). Templates are the
// director's settings, read by every sales role (a rep sees how they are weighed); finance,
// admins and logistics have no business with them. Cards are the appraised rep's records: the
// rep reads their own, a manager their team's, a senior manager their sub-tree, the director
// all; finance, admins and logistics none. Cards change only through the card routes (a
// manager, senior manager or the director; nobody their own), so their generic reads and the
// routes are probed per role at records that do not exist or at people the caller may not see,
// and the API scenarios (appraisal_test.cpp) walk a card through rate, sign and acknowledge.
// The settings (one row) are read by everyone and written by the director.
#include <deque>

#include "api/access_matrix_modules.h"

namespace salesdesk::api_test::matrix {
namespace {

std::vector<Row> Rows() {
  std::vector<Row> rows = CrudRows("appraisal-templates");
  for (const char* p : {"/api/v1/appraisal-cards", "/api/v1/appraisal-cards/{id}",
                        "/api/v1/appraisal-cards/aggregate", "/api/v1/appraisal-cards/export"}) {
    rows.push_back({"GET", p, Op::kModule, ""});
  }
  rows.push_back({"GET", "/api/v1/appraisals/scorecard", Op::kModule, ""});
  rows.push_back({"GET", "/api/v1/appraisals/history", Op::kModule, ""});
  rows.push_back({"POST", "/api/v1/appraisals", Op::kModule, ""});
  rows.push_back({"POST", "/api/v1/appraisals/{id}/rate", Op::kModule, ""});
  rows.push_back({"POST", "/api/v1/appraisals/{id}/sign", Op::kModule, ""});
  rows.push_back({"POST", "/api/v1/appraisals/{id}/acknowledge", Op::kModule, ""});
  rows.push_back({"POST", "/api/v1/appraisals/{id}/reopen", Op::kModule, ""});
  rows.push_back({"GET", "/api/v1/appraisals/team", Op::kModule, ""});
  rows.push_back({"GET", "/api/v1/appraisals/leaderboard", Op::kModule, ""});
  rows.push_back({"GET", "/api/v1/appraisals/roll-up", Op::kModule, ""});
  rows.push_back({"GET", "/api/v1/appraisals/{id}/pdf", Op::kModule, ""});
  // The settings are one row (decision 0069), so the matrix cannot create one per role: probed.
  for (const char* p :
       {"/api/v1/appraisal-settings", "/api/v1/appraisal-settings/{id}",
        "/api/v1/appraisal-settings/aggregate", "/api/v1/appraisal-settings/export"}) {
    rows.push_back({"GET", p, Op::kModule, ""});
  }
  rows.push_back({"POST", "/api/v1/appraisal-settings", Op::kModule, ""});
  rows.push_back({"PATCH", "/api/v1/appraisal-settings/{id}", Op::kModule, ""});
  return rows;
}

bool ReadsCards(const std::string& role) {
  return role == "rep" || role == "manager" || role == "senior_manager" || role == "director";
}
bool JudgesCards(const std::string& role) {
  return role == "manager" || role == "senior_manager" || role == "director";
}
// Whose scorecards a role sees (the scoped owners of access_matrix_table.h).
bool SeesPerson(const std::string& role, const std::string& person) {
  if (role == "director") return true;
  auto it = kScopedOwners.find(role);
  return it != kScopedOwners.end() && it->second.count(person) > 0;
}

std::vector<Probe> Probes(const Row& row, const std::string& role, const Lookup& id) {
  const std::string pattern = row.pattern;
  if (pattern.starts_with("/api/v1/appraisal-settings")) {
    // Everyone reads the settings; the director alone writes them: the one row is made by the
    // director's cell (each database is fresh, and the director's cell runs once).
    if (row.method == std::string("POST")) {
      return {{"the company's row", pattern, R"({"reps_see":"own_place"})",
               role == "director" ? 201 : 403}};
    }
    if (row.method == std::string("PATCH")) {
      return {{"without If-Match", "/api/v1/appraisal-settings/987654", "{}", 428}};
    }
    if (pattern.ends_with("/{id}")) {
      return {{"missing id", "/api/v1/appraisal-settings/987654", "", 404}};
    }
    return {{"read", pattern, "", 200}};
  }
  if (pattern.starts_with("/api/v1/appraisal-cards")) {
    if (pattern.ends_with("/{id}")) {
      return {{"missing id", "/api/v1/appraisal-cards/987654", "", ReadsCards(role) ? 404 : 403}};
    }
    return {{"read", pattern, "", ReadsCards(role) ? 200 : 403}};
  }
  if (pattern == "/api/v1/appraisals/scorecard" || pattern == "/api/v1/appraisals/history") {
    // Another's scorecard answers like a missing user's (404); roles without cards get 403.
    std::vector<Probe> out;
    for (const char* person : {"rep_a", "rep_b", "rep_c", "manager"}) {
      const int expected = !ReadsCards(role) ? 403 : SeesPerson(role, person) ? 200 : 404;
      out.push_back({std::string("on ") + person,
                     pattern + "?user_id=" + std::to_string(id(std::string("user:") + person)) +
                         "&month=2026-11",
                     "", expected});
    }
    out.push_back({"missing user", pattern + "?user_id=987654&month=2026-11", "",
                   ReadsCards(role) ? 404 : 403});
    return out;
  }
  // Card actions at a card or a person that does not exist: who may act meets 404 / 422.
  if (pattern == "/api/v1/appraisals") {
    return {{"for a missing user", pattern, R"({"user_id":987654,"month":"2026-11"})",
             JudgesCards(role) ? 422 : 403}};
  }
  if (pattern == "/api/v1/appraisals/{id}/rate") {
    return {{"missing card", "/api/v1/appraisals/987654/rate", R"({"conduct_rating":4})",
             JudgesCards(role) ? 404 : 403}};
  }
  if (pattern == "/api/v1/appraisals/{id}/sign") {
    return {{"missing card", "/api/v1/appraisals/987654/sign", "", JudgesCards(role) ? 404 : 403}};
  }
  if (pattern == "/api/v1/appraisals/{id}/reopen") {
    // The director's alone: the others are refused before any card is looked up.
    return {{"missing card", "/api/v1/appraisals/987654/reopen", R"({"reason":"x"})",
             role == "director" ? 404 : 403}};
  }
  if (pattern == "/api/v1/appraisals/{id}/pdf") {
    return {{"missing card", "/api/v1/appraisals/987654/pdf", "", ReadsCards(role) ? 404 : 403}};
  }
  if (pattern == "/api/v1/appraisals/team" || pattern == "/api/v1/appraisals/roll-up") {
    return {{"read", pattern + "?month=2026-11", "", JudgesCards(role) ? 200 : 403}};
  }
  if (pattern == "/api/v1/appraisals/leaderboard") {
    return {{"read", pattern + "?month=2026-11", "", ReadsCards(role) ? 200 : 403}};
  }
  if (pattern == "/api/v1/appraisals/{id}/acknowledge") {
    return {{"missing card", "/api/v1/appraisals/987654/acknowledge", "",
             ReadsCards(role) ? 404 : 403}};
  }
  return {};
}

const char* const kItems[] = {"sales_attainment", "new_customers",     "existing_customer_visits",
                              "outbound_calls",   "weekly_orders",     "growth",
                              "customers_lost",   "report_completion", "request_response",
                              "conduct"};
const char* const kRoles[] = {"rep", "manager", "senior_manager", "director"};

// clang-format off
[[maybe_unused]] const bool kRegistered = AddModuleMatrix({
    .module = "appraisal",
    .policies = {
        //                        rep manager senior director finance admin logistics
        {"appraisal-templates",   R,  R,      R,     RW,      N,      N,    N},
    },
    .audit = {
        {"appraisal-templates",   kA, kA,     kA,    kA,      kN,     kN,   kN},
    },
    .rows = Rows(),
    .create_body =
        [](const std::string& entity, const std::string& /*n*/, std::int64_t /*owner_id*/,
           const std::function<std::int64_t(const std::string&)>& /*shared*/)
        -> std::optional<boost::json::object> {
      if (entity != "appraisal-templates") return std::nullopt;
      // One line per (role, item): each call takes the next of the 40 pairs (the matrix
      // creates a handful per database, so they never repeat within one).
      static std::size_t next = 0;
      const std::size_t k = next++ % 40;
      return boost::json::object{{"role", kRoles[k / 10]}, {"item", kItems[k % 10]},
                                 {"weight", 10}, {"cap_bp", 12000}, {"target", 3}};
    },
    .patch_bodies = {{"appraisal-templates", R"({"weight":5})"}},
    .probes = Probes,
});
// clang-format on

}  // namespace
}  // namespace salesdesk::api_test::matrix
