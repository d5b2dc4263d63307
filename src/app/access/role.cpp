#include "app/access/role.h"

namespace salesdesk::app {

std::string_view RoleName(Role role) {
  switch (role) {
    case Role::kAdmin:
      return "admin";
    case Role::kDirector:
      return "director";
    case Role::kSeniorManager:
      return "senior_manager";
    case Role::kManager:
      return "manager";
    case Role::kRep:
      return "rep";
    case Role::kFinance:
      return "finance";
    case Role::kLogistics:
      return "logistics";
  }
  return "rep";
}

std::optional<Role> ParseRole(std::string_view name) {
  for (Role r : kAllRoles) {
    if (RoleName(r) == name) return r;
  }
  return std::nullopt;
}

}  // namespace salesdesk::app
