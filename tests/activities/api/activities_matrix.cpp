// The activities module's rows of the access matrix. Activities are a salesperson's own work:
// reps log and read their own, managers and senior managers their team's, the director all;
// finance reads them (payment talk is in visit reports) and writes none; admins and logistics
// have no business with them. The timeline reads like the record it is about; "Today" answers
// every signed-in user their own day.
#include "api/access_matrix_modules.h"

namespace salesdesk::api_test::matrix {
namespace {

std::vector<Row> Rows() {
  std::vector<Row> rows = CrudRows("activities");
  rows.push_back({"GET", "/api/v1/timeline", Op::kAbout, "accounts"});
  rows.push_back({"GET", "/api/v1/me/today", Op::kMe});
  return rows;
}

// clang-format off
[[maybe_unused]] const bool kRegistered = AddModuleMatrix({
    .module = "activities",
    .policies = {
        //             rep manager senior director finance admin logistics
        {"activities", S,  S,      S,     RW,      R,      N,    N},
    },
    .audit = {
        {"activities", kS, kS,     kS,    kA,      kA,     kN,   kN},
    },
    .rows = Rows(),
    .create_body =
        [](const std::string& entity, const std::string& n, std::int64_t owner_id,
           const std::function<std::int64_t(const std::string&)>& /*shared*/)
        -> std::optional<boost::json::object> {
      if (entity != "activities") return std::nullopt;
      boost::json::object body{{"kind", "call"}, {"subject", "Matrix " + n},
                               {"planned_at", "2026-12-03T09:00:00+01:00"}};
      if (owner_id != 0) body["owner_id"] = owner_id;
      return body;
    },
    .patch_bodies = {{"activities", R"({"report":"matrix"})"}},
    .owned = {"activities"},
});
// clang-format on

}  // namespace
}  // namespace salesdesk::api_test::matrix
