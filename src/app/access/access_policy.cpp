#include "app/access/access_policy.h"

#include <algorithm>
#include <string>

namespace salesdesk::app {

using core::Error;
using core::ErrorCode;

core::Result<Visibility> VisibilityFor(UnitOfWork& uow, const Caller& caller, const EntitySpec& e) {
  if (caller.is_system()) return Visibility::All();
  auto policy = e.PolicyFor(caller.role);
  if (!policy || policy->read == ReadAccess::kNone) {
    return Error::Make(ErrorCode::kForbidden, "the " + std::string(RoleName(caller.role)) +
                                                  " role may not read " + std::string(e.plural));
  }
  if (e.ownership == Ownership::kPersonal) return Visibility{false, {caller.user_id}};
  if (policy->read == ReadAccess::kAll || e.ownership == Ownership::kShared) {
    return Visibility::All();
  }
  // Scoped: reps see their own records; leaders the whole sub-tree of the teams they lead.
  if (caller.role == Role::kRep) return Visibility{false, {caller.user_id}};
  SD_ASSIGN(auto ids, uow.TeamMemberIds(caller.user_id));
  return Visibility{false, std::move(ids)};
}

core::Result<void> CheckMayWrite(const Caller& caller, const EntitySpec& e) {
  if (caller.is_system()) return core::Ok();
  auto policy = e.PolicyFor(caller.role);
  if (!policy || !policy->write) {
    return Error::Make(ErrorCode::kForbidden, "the " + std::string(RoleName(caller.role)) +
                                                  " role may not change " + std::string(e.plural));
  }
  return core::Ok();
}

bool SeesCost(const Caller& caller) { return caller.is_system() || caller.role != Role::kRep; }

bool OwnerVisible(const Visibility& v, std::int64_t owner_id) {
  return v.all || std::find(v.owner_ids.begin(), v.owner_ids.end(), owner_id) != v.owner_ids.end();
}

}  // namespace salesdesk::app
