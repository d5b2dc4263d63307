// The leads module's rows of the access matrix. Leads are prospects owned like accounts: a rep
// works their own, a leader the team's, a director all; finance, logistics and admins have no
// business with them. Assignment rules are organisation settings: everyone reads them (a rep
// sees why a lead came to them), directors and admins write them. Converting is a write of the
// lead: the matrix aims it at new leads, which refuse it (409) when the caller may convert. The
// duplicate check serves the forms of leads and accounts: whoever writes either may ask it; the
// stored keys it reads are the director's alone to list.
#include "api/access_matrix_modules.h"

namespace salesdesk::api_test::matrix {
namespace {

// Reads own / team records, changes none of them (merges are written by their actions only).
constexpr Policy SR{Read::kScoped, false};

std::vector<Row> Rows() {
  std::vector<Row> rows = CrudRows("leads");
  for (Row r : CrudRows("lead-assignment-rules")) rows.push_back(r);
  rows.push_back({"POST", "/api/v1/leads/{id}/convert", Op::kContractSign, "leads"});
  rows.push_back({"POST", "/api/v1/duplicate-checks", Op::kModule, ""});
  for (Row r : CrudRows("record-merges", false)) {
    if (r.op != Op::kCreate && r.op != Op::kUpdate) rows.push_back(r);
  }
  rows.push_back({"POST", "/api/v1/record-merges", Op::kModule, ""});
  rows.push_back({"POST", "/api/v1/record-merges/{id}/undo", Op::kModule, ""});
  for (const char* path : {"/api/v1/duplicate-keys", "/api/v1/duplicate-keys/{id}",
                           "/api/v1/duplicate-keys/aggregate", "/api/v1/duplicate-keys/export"}) {
    rows.push_back({"GET", path, Op::kModule, ""});
  }
  return rows;
}

std::vector<Probe> Probes(const Row& row, const std::string& role, const Lookup&) {
  const std::string pattern = row.pattern;
  const bool director = role == "director";
  std::vector<Probe> out;
  if (pattern == "/api/v1/duplicate-checks") {
    // Who writes leads or accounts: the sales roles; finance, admins and logistics write neither.
    const bool sales = role == "rep" || role == "manager" || role == "senior_manager" || director;
    for (const char* entity : {"leads", "accounts"}) {
      out.push_back({std::string("for ") + entity, pattern,
                     std::string(R"({"entity":")") + entity +
                         R"(","fields":{"name":"Nothing Alike","company":"Nothing Alike"}})",
                     sales ? 200 : 403});
    }
  } else if (pattern == "/api/v1/record-merges") {
    // Accounts nobody has: a seller is told which id is not theirs; other roles may not merge.
    const bool sales = role == "rep" || role == "manager" || role == "senior_manager" || director;
    out.push_back({"missing accounts", pattern,
                   R"({"entity":"accounts","keep_id":987654,"merge_id":987655})",
                   sales ? 422 : 403});
  } else if (pattern == "/api/v1/record-merges/{id}/undo") {
    const bool reads = role == "rep" || role == "manager" || role == "senior_manager" || director;
    out.push_back({"missing merge", "/api/v1/record-merges/987654/undo", "", reads ? 404 : 403});
  } else if (pattern == "/api/v1/duplicate-keys/{id}") {
    out.push_back({"missing", "/api/v1/duplicate-keys/987654", "", director ? 404 : 403});
  } else if (pattern.starts_with("/api/v1/duplicate-keys")) {
    const std::string path = pattern.ends_with("export") ? pattern + "?format=csv" : pattern;
    out.push_back({"read", path, "", director ? 200 : 403});
  }
  return out;
}

// clang-format off
[[maybe_unused]] const bool kRegistered = AddModuleMatrix({
    .module = "leads",
    .policies = {
        //                        rep manager senior director finance admin logistics
        {"leads",                 S,  S,      S,     RW,      N,      N,    N},
        {"lead-assignment-rules", R,  R,      R,     RW,      R,      RW,   R},
        {"duplicate-keys",        N,  N,      N,     R,       N,      N,    N},
        {"record-merges",         SR, SR,     SR,    R,       N,      N,    N},
    },
    .audit = {
        {"leads",                 kS, kS,     kS,    kA,      kN,     kN,   kN},
        {"lead-assignment-rules", kA, kA,     kA,    kA,      kA,     kN,   kA},
        {"record-merges",         kS, kS,     kS,    kA,      kN,     kN,   kN},
    },
    .rows = Rows(),
    .create_body =
        [](const std::string& entity, const std::string& n, std::int64_t owner_id,
           const std::function<std::int64_t(const std::string&)>& shared)
        -> std::optional<boost::json::object> {
      if (entity == "leads") {
        boost::json::object body{{"company", "Prospect " + n}, {"country", "DE"}};
        if (owner_id != 0) body["owner_id"] = owner_id;
        return body;
      }
      if (entity == "lead-assignment-rules") {
        return boost::json::object{{"name", "Rule " + n}, {"country", "PT"},
                                   {"team_id", shared("teams")}};
      }
      if (entity == "record-merges") {  // seeded by the system: merges come from the action
        boost::json::object body{{"entity", "accounts"}, {"keep_id", 987654},
                                 {"merge_id", 987655}};
        if (owner_id != 0) body["owner_id"] = owner_id;
        return body;
      }
      if (entity == "duplicate-keys") {  // seeded by the system: no route writes keys
        return boost::json::object{{"entity", "accounts"}, {"record_id", 987654},
                                   {"kind", "name"}, {"key", "matrix " + n}};
      }
      return std::nullopt;
    },
    .patch_bodies = {{"leads", R"({"notes":"matrix"})"},
                     {"lead-assignment-rules", R"({"active":false})"}},
    .owned = {"leads", "record-merges"},
    .probes = Probes,
});
// clang-format on

}  // namespace
}  // namespace salesdesk::api_test::matrix
