// The leads module's rows of the access matrix. Leads are prospects owned like accounts: a rep
// works their own, a leader the team's, a director all; finance, logistics and admins have no
// business with them. Assignment rules are organisation settings: everyone reads them (a rep
// sees why a lead came to them), directors and admins write them. Converting is a write of the
// lead: the matrix aims it at new leads, which refuse it (409) when the caller may convert.
#include "api/access_matrix_modules.h"

namespace salesdesk::api_test::matrix {
namespace {

std::vector<Row> Rows() {
  std::vector<Row> rows = CrudRows("leads");
  for (Row r : CrudRows("lead-assignment-rules")) rows.push_back(r);
  rows.push_back({"POST", "/api/v1/leads/{id}/convert", Op::kContractSign, "leads"});
  return rows;
}

// clang-format off
[[maybe_unused]] const bool kRegistered = AddModuleMatrix({
    .module = "leads",
    .policies = {
        //                        rep manager senior director finance admin logistics
        {"leads",                 S,  S,      S,     RW,      N,      N,    N},
        {"lead-assignment-rules", R,  R,      R,     RW,      R,      RW,   R},
    },
    .audit = {
        {"leads",                 kS, kS,     kS,    kA,      kN,     kN,   kN},
        {"lead-assignment-rules", kA, kA,     kA,    kA,      kA,     kN,   kA},
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
      return std::nullopt;
    },
    .patch_bodies = {{"leads", R"({"notes":"matrix"})"},
                     {"lead-assignment-rules", R"({"active":false})"}},
    .owned = {"leads"},
});
// clang-format on

}  // namespace
}  // namespace salesdesk::api_test::matrix
