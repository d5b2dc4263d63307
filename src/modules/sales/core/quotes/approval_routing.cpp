#include "modules/sales/core/quotes/approval_routing.h"

#include <optional>
#include <string>

#include "modules/sales/core/quotes/authority_check.h"

namespace salesdesk::core::quotes {

const char* HierarchyRoleName(HierarchyRole role) {
  switch (role) {
    case HierarchyRole::kRep:
      return "rep";
    case HierarchyRole::kManager:
      return "manager";
    case HierarchyRole::kSeniorManager:
      return "senior_manager";
    case HierarchyRole::kDirector:
      return "director";
  }
  return "unknown";
}

bool CoversAll(const AuthorityLimits& limits, std::span<const Deviation> deviations) {
  for (const Deviation& d : deviations) {
    if (!WithinLimit(d.kind, d.requested, limits)) return false;
  }
  return true;
}

Result<ApprovalRoute> RouteApproval(std::int64_t requester_id, std::span<const ChainMember> chain,
                                    std::span<const Deviation> deviations) {
  if (deviations.empty()) {
    return Error::Invalid("deviations", Msg("quote.nothing_to_approve"));
  }
  std::optional<std::size_t> top;
  for (std::size_t i = 0; i < chain.size(); ++i) {
    if (chain[i].person_id == requester_id) continue;
    auto valid = ValidateLimits(chain[i].limits);
    if (!valid.ok()) {
      Error error = std::move(valid).error();
      error.field = "chain[" + std::to_string(i) + "]." + error.field;
      return error;
    }
    if (CoversAll(chain[i].limits, deviations)) {
      return ApprovalRoute{chain[i].person_id, chain[i].role, i, false, {}};
    }
    top = i;
  }
  if (!top) {
    return Error::Make(ErrorCode::kConflict, Msg("quote.no_approver_above"));
  }
  // Routed to the top rather than refused: a person can still decide (and the note says that
  // it is beyond every configured limit), where an error would leave the quote stuck.
  ApprovalRoute route{chain[*top].person_id, chain[*top].role, *top, true, {}};
  for (const Deviation& d : deviations) {
    if (!WithinLimit(d.kind, d.requested, chain[*top].limits)) route.uncovered.push_back(d);
  }
  return route;
}

}  // namespace salesdesk::core::quotes
