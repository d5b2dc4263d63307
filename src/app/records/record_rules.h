// Validation that needs the database: references exist and are visible, ownership is assignable
// by the caller, trees stay trees; then the entity's own EntityHooks::validate.
#pragma once

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "core/result.h"

namespace salesdesk::app {

// Fills defaults of a new record (spec defaults, owner = caller) before validation.
void ApplyCreateDefaults(const Caller& caller, const EntitySpec& e, Record& fields);

// Checks `fields` (the changed fields) against `current` (the stored record, empty on create)
// and may add derived fields. Reports every invalid field at once.
core::Result<void> ValidateChange(UnitOfWork& uow, const Caller& caller, const EntitySpec& e,
                                  const Visibility& visibility, const Record& current,
                                  Record& fields);

}  // namespace salesdesk::app
