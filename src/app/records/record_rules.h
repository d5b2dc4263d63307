// Validation that needs the database: references exist and are visible, ownership is assignable
// by the caller, trees stay trees; then the entity's own EntityHooks::validate.
#pragma once

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "core/result.h"

namespace salesdesk::app {

// Fills defaults of a new record (spec defaults, owner = caller) before validation.
void ApplyCreateDefaults(const Caller& caller, const EntitySpec& e, Record& fields);

// The reference check of every generic write, for a custom write path (a quote's
// opportunity_id): an error naming `field` unless the caller may read record `id` of `target`;
// one answer for an id that does not exist and one the caller may not see.
core::Result<void> CheckVisibleReference(UnitOfWork& uow, const Caller& caller,
                                         std::string_view field, const EntitySpec& target,
                                         std::int64_t id);

// Checks `fields` (the changed fields) against `current` (the stored record, empty on create)
// and may add derived fields. Reports every invalid field at once.
core::Result<void> ValidateChange(UnitOfWork& uow, const Caller& caller, const EntitySpec& e,
                                  const Visibility& visibility, const Record& current,
                                  Record& fields);

}  // namespace salesdesk::app
