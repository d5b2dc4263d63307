// The call lists' rows of the access matrix (issue 11, decision 0057). A call list is its
// telemarketer's own work, read like activities: the rep their own, managers and senior managers
// their team's, the director all; finance, admins and logistics have no business with them.
// Lists and entries change only through the call-list routes, so their generic reads and the
// routes are probed per role (Op::kModule) at records that do not exist or with bodies a
// permitted caller gets refused, so no cell changes what later cells see. The stats read the
// calls, so they answer whoever reads activities (finance too), each through their visibility;
// the API scenarios (call_lists_test.cpp) check own / team / other-team on real lists.
#include <deque>

#include "api/access_matrix_modules.h"

namespace salesdesk::api_test::matrix {
namespace {

const char* const kLists[] = {"call-lists", "call-list-entries"};

std::vector<Row> Rows() {
  std::vector<Row> rows;
  static std::deque<std::string> patterns;  // Row holds const char*
  auto keep = [](std::string s) { return patterns.emplace_back(std::move(s)).c_str(); };
  for (const char* e : kLists) {
    const std::string base = std::string("/api/v1/") + e;
    for (const std::string& p : {base, base + "/{id}", base + "/aggregate", base + "/export"}) {
      rows.push_back({"GET", keep(p), Op::kModule, ""});
    }
  }
  rows.push_back({"POST", "/api/v1/call-lists", Op::kModule, ""});
  rows.push_back({"GET", "/api/v1/call-lists/stats", Op::kModule, ""});
  rows.push_back({"GET", "/api/v1/call-lists/{id}/next", Op::kModule, ""});
  rows.push_back({"POST", "/api/v1/call-list-entries/{id}/log", Op::kModule, ""});
  rows.push_back({"POST", "/api/v1/call-list-entries/{id}/skip", Op::kModule, ""});
  rows.push_back({"POST", "/api/v1/call-lists/{id}/close", Op::kModule, ""});
  rows.push_back({"POST", "/api/v1/call-lists/{id}/hand-over", Op::kModule, ""});
  rows.push_back({"POST", "/api/v1/call-lists/{id}/rebuild", Op::kModule, ""});
  return rows;
}

bool Works(const std::string& role) {
  return role == "rep" || role == "manager" || role == "senior_manager" || role == "director";
}

std::vector<Probe> Probes(const Row& row, const std::string& role, const Lookup& /*id*/) {
  const std::string pattern = row.pattern, method = row.method;
  if (pattern == "/api/v1/call-lists/stats") {
    const bool reads_calls = Works(role) || role == "finance";
    return {{"a week", pattern + "?from=2024-02-26&to=2024-03-01", "", reads_calls ? 200 : 403}};
  }
  if (pattern == "/api/v1/call-lists/{id}/next") {
    return {{"missing list", "/api/v1/call-lists/987654/next", "", Works(role) ? 404 : 403}};
  }
  if (pattern == "/api/v1/call-list-entries/{id}/log") {
    return {{"missing entry", "/api/v1/call-list-entries/987654/log", R"({"outcome":"reached"})",
             Works(role) ? 404 : 403}};
  }
  if (pattern == "/api/v1/call-list-entries/{id}/skip") {
    return {
        {"missing entry", "/api/v1/call-list-entries/987654/skip", "", Works(role) ? 404 : 403}};
  }
  // Closing, rebuilding and handing over act on the version the caller saw: without If-Match a
  // worker is asked for it (428); the others are refused first.
  if (pattern == "/api/v1/call-lists/{id}/close") {
    return {{"no If-Match", "/api/v1/call-lists/987654/close", "", Works(role) ? 428 : 403}};
  }
  if (pattern == "/api/v1/call-lists/{id}/rebuild") {
    return {{"no If-Match", "/api/v1/call-lists/987654/rebuild", "", Works(role) ? 428 : 403}};
  }
  if (pattern == "/api/v1/call-lists/{id}/hand-over") {
    return {{"no If-Match", "/api/v1/call-lists/987654/hand-over", R"({"owner_id":1})",
             Works(role) ? 428 : 403}};
  }
  if (pattern == "/api/v1/call-lists" && method == "POST") {
    // A query no account matches: refused (nothing to call) for those who may build one.
    return {{"an empty view", pattern,
             R"({"name":"Matrix","entity":"accounts","query":"name=Nowhere"})",
             Works(role) ? 422 : 403}};
  }
  for (const char* e : kLists) {
    const std::string base = std::string("/api/v1/") + e;
    if (pattern != base && !pattern.starts_with(base + "/")) continue;
    if (pattern.ends_with("/{id}")) {
      return {{"missing id", base + "/987654", "", Works(role) ? 404 : 403}};
    }
    return {{"read", pattern, "", Works(role) ? 200 : 403}};
  }
  return {};
}

[[maybe_unused]] const bool kRegistered = AddModuleMatrix({
    .module = "activities",
    .rows = Rows(),
    .probes = Probes,
});

}  // namespace
}  // namespace salesdesk::api_test::matrix
