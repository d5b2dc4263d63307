#include "modules/sales/core/quotes/reapproval.h"

#include <map>
#include <string>
#include <tuple>

namespace salesdesk::core::quotes {
namespace {

// Document deviations ignore line_key, so stray keys on them cannot break the match.
using Identity = std::tuple<DeviationScope, std::string, DeviationKind>;

Identity IdentityOf(const Deviation& d) {
  return {d.scope, d.scope == DeviationScope::kLine ? d.line_key : std::string(), d.kind};
}

}  // namespace

std::vector<Deviation> DeviationsNeedingReapproval(std::span<const Deviation> approved,
                                                   std::span<const Deviation> current) {
  std::map<Identity, DeviationValue> granted;
  for (const Deviation& d : approved) {
    auto [it, inserted] = granted.try_emplace(IdentityOf(d), d.requested);
    if (!inserted && AsksMore(d.kind, d.requested, it->second)) it->second = d.requested;
  }
  std::vector<Deviation> out;
  for (const Deviation& d : current) {
    const auto it = granted.find(IdentityOf(d));
    if (it == granted.end() || AsksMore(d.kind, d.requested, it->second)) out.push_back(d);
  }
  return out;
}

}  // namespace salesdesk::core::quotes
