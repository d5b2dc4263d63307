#include "app/access/access_policy.h"

#include <algorithm>
#include <iterator>
#include <string>

namespace salesdesk::app {
namespace {

using core::Error;
using core::ErrorCode;

// The admin's own domain (MISSION.md: users, roles, authority matrix, settings): with their
// personal records, the only records whose audit trail an admin reads, whatever else the role
// may list.
constexpr std::string_view kAdminDomain[] = {"settings", "users", "teams", "authority-rules"};

// Rows about other records (the audit trail) follow those records: for every audited entity,
// the caller sees the rows of the records they may read, as VisibilityFor decides for it.
core::Result<Visibility> DescribedVisibility(UnitOfWork& uow, const Caller& caller) {
  std::vector<const EntitySpec*> entities{&SettingsSpec()};
  for (const auto& d : AllEntities()) entities.push_back(&d);
  Visibility out;
  for (const EntitySpec* d : entities) {
    if (!d->audited || d->ownership == Ownership::kDescribed) continue;
    if (caller.role == Role::kAdmin && d->ownership != Ownership::kPersonal &&
        std::find(std::begin(kAdminDomain), std::end(kAdminDomain), d->plural) ==
            std::end(kAdminDomain)) {
      continue;
    }
    auto v = VisibilityFor(uow, caller, *d);
    if (!v.ok()) {
      if (v.error().code == ErrorCode::kForbidden) continue;
      return std::move(v).error();
    }
    const bool all = v->all || d->ownership == Ownership::kShared;
    out.described.push_back(
        {std::string(d->plural), all, all ? std::vector<std::int64_t>{} : std::move(v->owner_ids)});
  }
  return out;
}

}  // namespace

core::Result<Visibility> VisibilityFor(UnitOfWork& uow, const Caller& caller, const EntitySpec& e) {
  if (caller.is_system()) return Visibility::All();
  auto policy = e.PolicyFor(caller.role);
  if (!policy || policy->read == ReadAccess::kNone) {
    return Error::Make(
        ErrorCode::kForbidden,
        core::Msg("access.may_not_read", {{"role", std::string(RoleName(caller.role))},
                                          {"plural", std::string(e.plural)}}));
  }
  if (e.ownership == Ownership::kDescribed) return DescribedVisibility(uow, caller);
  if (e.ownership == Ownership::kPersonal) return Visibility{false, {caller.user_id}, {}};
  if (policy->read == ReadAccess::kAll || e.ownership == Ownership::kShared) {
    return Visibility::All();
  }
  // Scoped: reps see their own records; leaders the whole sub-tree of the teams they lead.
  if (caller.role == Role::kRep) return Visibility{false, {caller.user_id}, {}};
  SD_ASSIGN(auto ids, uow.TeamMemberIds(caller.user_id));
  return Visibility{false, std::move(ids), {}};
}

core::Result<void> CheckMayWrite(const Caller& caller, const EntitySpec& e) {
  if (caller.is_system()) return core::Ok();
  auto policy = e.PolicyFor(caller.role);
  if (!policy || !policy->write) {
    return Error::Make(
        ErrorCode::kForbidden,
        core::Msg("access.may_not_change", {{"role", std::string(RoleName(caller.role))},
                                            {"plural", std::string(e.plural)}}));
  }
  return core::Ok();
}

bool SeesCost(const Caller& caller) { return caller.is_system() || caller.role != Role::kRep; }

bool OwnerVisible(const Visibility& v, std::int64_t owner_id) {
  return v.all || std::find(v.owner_ids.begin(), v.owner_ids.end(), owner_id) != v.owner_ids.end();
}

}  // namespace salesdesk::app
