// The billing module's rows of the access matrix. Payment terms are organisation settings:
// finance and the director write them; every other role reads them (reps quote and order on
// them, logistics ships against them, admins see the settings).
#include "api/access_matrix_modules.h"

namespace salesdesk::api_test::matrix {
namespace {

// clang-format off
[[maybe_unused]] const bool kRegistered = AddModuleMatrix({
    .module = "billing",
    .policies = {
        //                rep manager senior director finance admin logistics
        {"payment-terms", R,  R,      R,     RW,      RW,     R,    R},
    },
    .audit = {
        {"payment-terms", kA, kA,     kA,    kA,      kA,     kN,   kA},
    },
    .rows = CrudRows("payment-terms"),
    .create_body =
        [](const std::string& entity, const std::string& n, std::int64_t /*owner_id*/,
           const std::function<std::int64_t(const std::string&)>& /*shared*/)
        -> std::optional<boost::json::object> {
      if (entity != "payment-terms") return std::nullopt;
      return boost::json::object{
          {"name", "Net " + n},
          {"lines", boost::json::array{{{"portion", 1}, {"rule", "days_after_invoice"}, {"days", 30}}}}};
    },
    .patch_bodies = {{"payment-terms", R"({"description":"matrix"})"}},
});
// clang-format on

}  // namespace
}  // namespace salesdesk::api_test::matrix
