// Entity rules of the negotiation desk's generic records, called by the record service:
// pricing rules validated by the engine's own checks, list items defaulting their unit,
// contracts filled from their quote and signed only within the signer's authority, and the
// renewal task that follows a contract's end date.
#pragma once

#include "app/access/caller.h"
#include "app/ports/store.h"

namespace salesdesk::app::sales {

// Before a create (current empty) or update; may complete `fields`. Errors name the field.
core::Result<void> CheckSalesRecord(UnitOfWork& uow, const Caller& caller, const EntitySpec& e,
                                    const Record& current, Record& fields, std::int64_t now);

// After the write, in the same transaction; may change `stored` (the renewal task's id).
core::Result<void> AfterSalesWrite(UnitOfWork& uow, const Caller& caller, const EntitySpec& e,
                                   Record& stored, std::int64_t now);

}  // namespace salesdesk::app::sales
