// The requests module's rows of the access matrix. A customer request is the rep's to answer:
// reps log and read their own, managers and senior managers their team's, the director all;
// finance reads them (a complaint often ends in a credit note) and writes none; admins and
// logistics have no business with them (decision 0066).
#include "api/access_matrix_modules.h"

namespace salesdesk::api_test::matrix {
namespace {

// clang-format off
[[maybe_unused]] const bool kRegistered = AddModuleMatrix({
    .module = "requests",
    .policies = {
        //                    rep manager senior director finance admin logistics
        {"customer-requests", S,  S,      S,     RW,      R,      N,    N},
    },
    .audit = {
        {"customer-requests", kS, kS,     kS,    kA,      kA,     kN,   kN},
    },
    .rows = CrudRows("customer-requests"),
    .create_body =
        [](const std::string& entity, const std::string& n, std::int64_t owner_id,
           const std::function<std::int64_t(const std::string&)>& shared)
        -> std::optional<boost::json::object> {
      if (entity != "customer-requests") return std::nullopt;
      boost::json::object body{{"account_id", shared("accounts:" + std::to_string(owner_id))},
                               {"subject", "Matrix " + n},
                               {"kind", "information"}};
      if (owner_id != 0) body["owner_id"] = owner_id;
      return body;
    },
    .patch_bodies = {{"customer-requests", R"({"details":"matrix"})"}},
    .owned = {"customer-requests"},
});
// clang-format on

}  // namespace
}  // namespace salesdesk::api_test::matrix
