// Routes a quote's deviations up the requester's chain of superiors to the first person whose
// authority covers all of them. Nobody approves their own request.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "core/result.h"
#include "modules/sales/core/quotes/deviation.h"

namespace salesdesk::core::quotes {

// Mirrors app's roles that take part in approvals; core cannot see app.
enum class HierarchyRole : std::uint8_t { kRep, kManager, kSeniorManager, kDirector };

const char* HierarchyRoleName(HierarchyRole role);

struct ChainMember {
  std::int64_t person_id = 0;
  HierarchyRole role = HierarchyRole::kManager;
  AuthorityLimits limits;
};

struct ApprovalRoute {
  std::int64_t approver_id = 0;
  HierarchyRole approver_role = HierarchyRole::kManager;
  std::size_t chain_position = 0;  // index into the chain that was given
  // True when nobody in the chain covers every deviation: the request goes to the top of the
  // chain anyway, with `uncovered` (what even the top's limits do not allow) as the note.
  bool exceeds_every_authority = false;
  std::vector<Deviation> uncovered;
};

// `chain` is ordered upwards: the requester's manager, then senior manager, then director.
// Members with the requester's id are skipped (self-approval is impossible even with bad data).
// kInvalidArgument when `deviations` is empty (nothing to approve) or a member's limits are
// invalid; kConflict when nobody other than the requester is in the chain.
Result<ApprovalRoute> RouteApproval(std::int64_t requester_id, std::span<const ChainMember> chain,
                                    std::span<const Deviation> deviations);

// True when `limits` allow every deviation.
bool CoversAll(const AuthorityLimits& limits, std::span<const Deviation> deviations);

}  // namespace salesdesk::core::quotes
