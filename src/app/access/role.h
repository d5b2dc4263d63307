// Roles of the organisation. The set is closed; what each may see and decide is data
// (visibility policy in access_policy.cpp, limits in the authority matrix).
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace salesdesk::app {

enum class Role { kAdmin, kDirector, kSeniorManager, kManager, kRep, kFinance, kLogistics };

inline constexpr std::array<Role, 7> kAllRoles = {
    Role::kAdmin, Role::kDirector, Role::kSeniorManager, Role::kManager,
    Role::kRep,   Role::kFinance,  Role::kLogistics};

std::string_view RoleName(Role role);
std::optional<Role> ParseRole(std::string_view name);

}  // namespace salesdesk::app
