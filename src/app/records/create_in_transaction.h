// Create's steps inside an open write transaction (the caller commits and keeps the idempotency
// key): the write check, create defaults, field and reference rules through the caller's
// visibility, the entity's hooks and the audit row, as POST /{entity} makes them. For a module
// whose own action creates a record of another entity (a converted lead's account, a call
// list's call). Defined beside RecordService's own create.
#pragma once

#include <cstdint>

#include "app/access/caller.h"
#include "app/ports/store.h"

namespace salesdesk::app {

core::Result<Record> CreateInTransaction(UnitOfWork& uow, const Caller& caller, const EntitySpec& e,
                                         Record fields, std::int64_t now);

}  // namespace salesdesk::app
