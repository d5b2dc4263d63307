// Who is making a request, as established by the auth service.
#pragma once

#include <cstdint>
#include <string>

#include "app/access/role.h"

namespace salesdesk::app {

struct Caller {
  std::int64_t user_id = 0;  // 0 = the system (CLI, demo generator): sees and may do all
  Role role = Role::kAdmin;
  std::string name;
  std::string email;
  bool browser_session = false;  // cookie session: state changes need the CSRF token
  std::string csrf_token;
  std::string session_kind;

  static Caller System() { return Caller{}; }
  bool is_system() const { return user_id == 0; }
};

}  // namespace salesdesk::app
