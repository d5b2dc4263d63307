// The competitors module's rows of the access matrix. Market knowledge is shared by the sales
// organisation: every seller reads and adds to it; finance reads it to judge price pressure;
// admins (settings and users only) and logistics have no business with it.
#include "api/access_matrix_modules.h"

namespace salesdesk::api_test::matrix {
namespace {

std::vector<Row> Rows() {
  std::vector<Row> rows = CrudRows("competitors");
  for (Row r : CrudRows("competitor-products")) rows.push_back(r);
  return rows;
}

// clang-format off
[[maybe_unused]] const bool kRegistered = AddModuleMatrix({
    .module = "competitors",
    .policies = {
        //                      rep manager senior director finance admin logistics
        {"competitors",         RW, RW,     RW,    RW,      R,      N,    N},
        {"competitor-products", RW, RW,     RW,    RW,      R,      N,    N},
    },
    .audit = {
        {"competitors",         kA, kA,     kA,    kA,      kA,     kN,   kN},
        {"competitor-products", kA, kA,     kA,    kA,      kA,     kN,   kN},
    },
    .rows = Rows(),
    .create_body =
        [](const std::string& entity, const std::string& n, std::int64_t /*owner_id*/,
           const std::function<std::int64_t(const std::string&)>& shared)
        -> std::optional<boost::json::object> {
      if (entity == "competitors") return boost::json::object{{"name", "Rival " + n}, {"country", "DE"}};
      if (entity == "competitor-products") {
        return boost::json::object{{"competitor_id", shared("competitors")},
                                   {"name", "Their pump " + n},
                                   {"product_id", shared("products")},
                                   {"price_seen", {{"amount", "99.50"}, {"currency", "EUR"}}},
                                   {"seen_on", "2026-11-20"},
                                   {"source", "tender"}};
      }
      return std::nullopt;
    },
    .patch_bodies = {{"competitors", R"({"weaknesses":"slow delivery"})"},
                     {"competitor-products", R"({"notes":"matrix"})"}},
});
// clang-format on

}  // namespace
}  // namespace salesdesk::api_test::matrix
