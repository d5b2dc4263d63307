// The deliveries module's rows of the access matrix. Deliveries and returns are owned by their
// order's owner: logistics and the director read and write all of them, finance reads all (and
// invoices a delivery: the invoice route is finance's and the director's), a rep reads their own
// customers', a manager and a senior manager their team's; admins see none. They come only from
// the module's routes, so, as for billing, the generic reads and the routes are probed per role
// (Op::kModule) at records that do not exist, and the API scenarios (deliveries_test.cpp) check
// own / team / other-team visibility.
#include <deque>

#include "api/access_matrix_modules.h"

namespace salesdesk::api_test::matrix {
namespace {

const char* const kEntities[] = {"deliveries", "delivery-lines", "delivery-returns",
                                 "delivery-return-lines"};

std::vector<Row> Rows() {
  std::vector<Row> rows;
  static std::deque<std::string> patterns;  // Row holds const char*
  auto keep = [](std::string s) { return patterns.emplace_back(std::move(s)).c_str(); };
  for (const char* e : kEntities) {
    const std::string base = std::string("/api/v1/") + e;
    for (const std::string& p : {base, base + "/{id}", base + "/aggregate", base + "/export"}) {
      rows.push_back({"GET", keep(p), Op::kModule, ""});
    }
  }
  rows.push_back({"POST", "/api/v1/sales-orders/{id}/deliveries", Op::kModule, ""});
  rows.push_back({"PATCH", "/api/v1/deliveries/{id}", Op::kModule, ""});
  rows.push_back({"POST", "/api/v1/deliveries/{id}/ship", Op::kModule, ""});
  rows.push_back({"GET", "/api/v1/deliveries/{id}/pdf", Op::kModule, ""});
  rows.push_back({"GET", "/api/v1/delivery-returns/{id}/pdf", Op::kModule, ""});
  rows.push_back({"POST", "/api/v1/deliveries/{id}/invoice", Op::kModule, ""});
  rows.push_back({"POST", "/api/v1/deliveries/{id}/returns", Op::kModule, ""});
  rows.push_back({"GET", "/api/v1/sales-orders/{id}/delivery-progress", Op::kModule, ""});
  rows.push_back({"GET", "/api/v1/back-orders", Op::kModule, ""});
  return rows;
}

bool Reads(const std::string& role) { return role != "admin"; }
bool Delivers(const std::string& role) { return role == "director" || role == "logistics"; }
bool Invoices(const std::string& role) { return role == "director" || role == "finance"; }

std::vector<Probe> Probes(const Row& row, const std::string& role, const Lookup& /*id*/) {
  const std::string pattern = row.pattern, method = row.method;
  const int read = Reads(role) ? 200 : 403;
  const int missing = Reads(role) ? 404 : 403;
  if (pattern == "/api/v1/back-orders") return {{"read", pattern, "", read}};
  if (pattern == "/api/v1/sales-orders/{id}/delivery-progress") {
    return {{"of a missing order", "/api/v1/sales-orders/987654/delivery-progress", "", missing}};
  }
  if (pattern == "/api/v1/sales-orders/{id}/deliveries") {
    return {{"of a missing order", "/api/v1/sales-orders/987654/deliveries",
             R"({"lines":[{"sales_order_line_id":1,"quantity":"1"}]})",
             Delivers(role) ? 404 : 403}};
  }
  if (method == "PATCH" && pattern == "/api/v1/deliveries/{id}") {
    return {{"without If-Match", "/api/v1/deliveries/987654", R"({"carrier":"UPS"})",
             Delivers(role) ? 428 : 403}};
  }
  if (pattern == "/api/v1/deliveries/{id}/pdf") {
    return {{"of a missing delivery", "/api/v1/deliveries/987654/pdf", "", missing}};
  }
  if (pattern == "/api/v1/delivery-returns/{id}/pdf") {
    return {{"of a missing return", "/api/v1/delivery-returns/987654/pdf", "", missing}};
  }
  if (pattern == "/api/v1/deliveries/{id}/ship") {
    return {{"without If-Match", "/api/v1/deliveries/987654/ship", "", Delivers(role) ? 428 : 403}};
  }
  if (pattern == "/api/v1/deliveries/{id}/invoice") {
    return {{"of a missing delivery", "/api/v1/deliveries/987654/invoice", "{}",
             Invoices(role) ? 404 : 403}};
  }
  if (pattern == "/api/v1/deliveries/{id}/returns") {
    return {{"of a missing delivery", "/api/v1/deliveries/987654/returns",
             R"({"lines":[{"delivery_line_id":1,"quantity":"1"}],"reason":"x"})",
             Delivers(role) ? 404 : 403}};
  }
  for (const char* e : kEntities) {
    const std::string base = std::string("/api/v1/") + e;
    if (method != "GET" || !(pattern == base || pattern.starts_with(base + "/"))) continue;
    if (pattern.ends_with("/{id}")) return {{"missing id", base + "/987654", "", missing}};
    return {{"read", pattern, "", read}};
  }
  return {};
}

[[maybe_unused]] const bool kRegistered = AddModuleMatrix({
    .module = "deliveries",
    .rows = Rows(),
    .probes = Probes,
});

}  // namespace
}  // namespace salesdesk::api_test::matrix
