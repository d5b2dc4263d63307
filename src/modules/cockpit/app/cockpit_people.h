// Whom a cockpit is about: the caller alone (scope me), or the salespeople the caller leads
// (scope team) — the same people whose target plans the access layer shows them: a director
// everyone, a senior manager or manager the sub-tree of the teams they lead, a rep themself.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/access/caller.h"
#include "app/ports/store.h"

namespace salesdesk::modules::cockpit {

enum class Scope { kTeam, kMe };

struct Person {
  std::int64_t id = 0;
  std::string name;
  std::string role;
};

// Active reps, managers and senior managers in scope, by name. kForbidden for the roles that
// read no target plans (finance, admin, logistics: decision 0046).
core::Result<std::vector<Person>> PeopleInScope(app::UnitOfWork& uow, const app::Caller& caller,
                                                Scope scope);

}  // namespace salesdesk::modules::cockpit
