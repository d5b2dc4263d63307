#include "api/access_matrix_modules.h"

#include <deque>
#include <iterator>

namespace salesdesk::api_test::matrix {
namespace {

std::vector<ModuleMatrix>& Registry() {
  static std::vector<ModuleMatrix> modules;
  return modules;
}

template <typename T, std::size_t N>
std::vector<T> Joined(const T (&platform)[N], std::vector<T> ModuleMatrix::*part) {
  std::vector<T> all(std::begin(platform), std::end(platform));
  for (const auto& m : Registry()) all.insert(all.end(), (m.*part).begin(), (m.*part).end());
  return all;
}

}  // namespace

bool AddModuleMatrix(ModuleMatrix m) {
  Registry().push_back(std::move(m));
  return true;
}

const std::vector<ModuleMatrix>& ModuleMatrices() { return Registry(); }

// Built on first use, after every module's static registration has run.
const std::vector<EntityPolicy>& AllPolicies() {
  static const std::vector<EntityPolicy> all = Joined(kPolicies, &ModuleMatrix::policies);
  return all;
}
const std::vector<AuditPolicy>& AllAuditPolicies() {
  static const std::vector<AuditPolicy> all = Joined(kAuditPolicies, &ModuleMatrix::audit);
  return all;
}
const std::vector<Row>& AllRows() {
  static const std::vector<Row> all = Joined(kRows, &ModuleMatrix::rows);
  return all;
}

std::vector<Row> CrudRows(const char* plural, bool deletable) {
  // Row holds const char*: the patterns live as long as the test binary.
  static std::deque<std::string> patterns;  // a deque never moves what it holds
  auto keep = [](std::string s) { return patterns.emplace_back(std::move(s)).c_str(); };
  const std::string base = std::string("/api/v1/") + plural;
  std::vector<Row> rows = {{"GET", keep(base), Op::kList, plural},
                           {"GET", keep(base + "/{id}"), Op::kGet, plural},
                           {"POST", keep(base), Op::kCreate, plural},
                           {"PATCH", keep(base + "/{id}"), Op::kUpdate, plural},
                           {"GET", keep(base + "/aggregate"), Op::kAggregate, plural},
                           {"GET", keep(base + "/export"), Op::kExport, plural}};
  if (deletable) rows.push_back({"DELETE", keep(base + "/{id}"), Op::kDelete, plural});
  return rows;
}

}  // namespace salesdesk::api_test::matrix
