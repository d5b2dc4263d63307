// The one access layer: decides, for a caller and an entity, whether it may be read or written
// and which records are visible. Every read of business data passes through VisibilityFor.
#pragma once

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "app/records/entity_spec.h"
#include "core/result.h"

namespace salesdesk::app {

// kForbidden when the role may not read the entity at all.
core::Result<Visibility> VisibilityFor(UnitOfWork& uow, const Caller& caller, const EntitySpec& e);

// kForbidden when the role may not change records of the entity.
core::Result<void> CheckMayWrite(const Caller& caller, const EntitySpec& e);

// Cost and margin fields are never shown to reps, in any response or export.
bool SeesCost(const Caller& caller);

// Whether a record of an owned entity with this owner is within `v`.
bool OwnerVisible(const Visibility& v, std::int64_t owner_id);

}  // namespace salesdesk::app
