// The account 360's row of the access matrix (issue 11, decision 0058). GET
// /accounts/{id}/overview answers whoever may read the account — as GET /accounts/{id} does:
// a rep, a manager and a senior manager the accounts of the people they see (another team's
// is 404, hidden = missing), the director, finance and logistics every account; admins read no
// customer data (403). Which sections each role gets is the API scenarios' business
// (accounts360_test.cpp).
#include "api/access_matrix_modules.h"

namespace salesdesk::api_test::matrix {
namespace {

std::vector<Probe> Probes(const Row& row, const std::string& role, const Lookup& id) {
  if (std::string(row.pattern) != "/api/v1/accounts/{id}/overview") return {};
  auto path = [&](const char* owner) {
    return "/api/v1/accounts/" + std::to_string(id(std::string("account:") + owner)) + "/overview";
  };
  if (role == "admin") {
    return {{"on rep_a's account", path("rep_a"), "", 403},
            {"on rep_c's account", path("rep_c"), "", 403}};
  }
  const bool scoped = role == "rep" || role == "manager" || role == "senior_manager";
  return {{"on rep_a's account (Iberia)", path("rep_a"), "", 200},
          {"on rep_c's account (Asia)", path("rep_c"), "", scoped ? 404 : 200}};
}

[[maybe_unused]] const bool kRegistered = AddModuleMatrix({
    .module = "accounts360",
    .rows = {{"GET", "/api/v1/accounts/{id}/overview", Op::kModule, ""}},
    .probes = Probes,
});

}  // namespace
}  // namespace salesdesk::api_test::matrix
