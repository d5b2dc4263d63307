// What other modules add to a sales order's confirmation, in its transaction (decision 0048).
// Sales never names them: a module that depends on sales registers a check when its entities
// are added (billing's credit check puts the order on credit hold). A check may add fields to
// the confirming update; an error refuses the confirmation.
#pragma once

#include "app/access/caller.h"
#include "app/ports/store.h"

namespace salesdesk::app::sales {

struct ConfirmationContext {
  UnitOfWork& uow;
  const Caller& caller;
  const Record& order;  // as it was before the confirmation (status open)
  std::int64_t at;      // the confirmation's time, µs since the epoch
};

using ConfirmationCheck = core::Result<void> (*)(ConfirmationContext& ctx, Record& changes);

// Adds `check` once (a second registration of the same function is ignored).
void AddConfirmationCheck(ConfirmationCheck check);
// Runs the registered checks in registration order; the first error stops them.
core::Result<void> RunConfirmationChecks(ConfirmationContext& ctx, Record& changes);

}  // namespace salesdesk::app::sales
