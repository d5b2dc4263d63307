// The summaries module's rows of the access matrix (decision 0076). A summary subscription is
// personal: whoever has a cockpit (a rep, a manager, a senior manager, the director) keeps their
// own and sees no one else's; finance, admins and logistics have none. A summary is downloaded by
// the same four, as the cockpit is read (their own figures and team); "send now" is the owner's,
// so a missing or someone else's subscription is a 404 for them and a 403 for the others.
#include "api/access_matrix_modules.h"

namespace salesdesk::api_test::matrix {
namespace {

bool HasCockpit(const std::string& role) {
  return role == "rep" || role == "manager" || role == "senior_manager" || role == "director";
}

std::vector<Row> Rows() {
  std::vector<Row> rows = CrudRows("summary-subscriptions");
  rows.push_back({"GET", "/api/v1/sales-summary/pdf", Op::kModule, ""});
  rows.push_back({"GET", "/api/v1/sales-summary/xlsx", Op::kModule, ""});
  rows.push_back({"POST", "/api/v1/summary-subscriptions/{id}/send", Op::kModule, ""});
  return rows;
}

std::vector<Probe> Probes(const Row& row, const std::string& role, const Lookup& /*id*/) {
  const std::string pattern = row.pattern;
  if (pattern.starts_with("/api/v1/sales-summary/")) {
    // The fixture's clock stands in March 2024: February is a closed month.
    return {{"February", pattern + "?cadence=monthly&date=2024-02-01", "",
             HasCockpit(role) ? 200 : 403},
            {"last week, own figures", pattern + "?cadence=weekly&scope=me", "",
             HasCockpit(role) ? 200 : 403}};
  }
  if (pattern == "/api/v1/summary-subscriptions/{id}/send") {
    return {{"a missing subscription", "/api/v1/summary-subscriptions/987654/send", "",
             HasCockpit(role) ? 404 : 403}};
  }
  return {};
}

// clang-format off
[[maybe_unused]] const bool kRegistered = AddModuleMatrix({
    .module = "summaries",
    .policies = {
        //                        rep manager senior director finance admin logistics
        {"summary-subscriptions", P,  P,      P,     P,       N,      N,    N},
    },
    .audit = {
        {"summary-subscriptions", kP, kP,     kP,    kP,      kN,     kN,   kN},
    },
    .rows = Rows(),
    .create_body =
        [](const std::string& entity, const std::string& n, std::int64_t owner_id,
           const std::function<std::int64_t(const std::string&)>&)
        -> std::optional<boost::json::object> {
      if (entity != "summary-subscriptions") return std::nullopt;
      boost::json::object body{{"name", "Matrix " + n},
                               {"cadence", "weekly"},
                               {"recipient_email", "gm" + n + "@example.com"},
                               {"active", false}};
      if (owner_id != 0) body["owner_id"] = owner_id;
      return body;
    },
    .patch_bodies = {{"summary-subscriptions", R"({"name":"matrix"})"}},
    .owned = {"summary-subscriptions"},
    .personal = {"summary-subscriptions"},
    .probes = Probes,
});
// clang-format on

}  // namespace
}  // namespace salesdesk::api_test::matrix
