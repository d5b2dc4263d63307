// What other modules do when a customer accepts a quote, in the accepting transaction
// (decision 0055). Sales never names them: pipeline registers the step that wins the quote's
// opportunity. A step runs after the quote is stored as accepted; an error refuses the
// acceptance (nothing of it is stored).
#pragma once

#include "app/access/caller.h"
#include "app/ports/store.h"

namespace salesdesk::app::sales {

struct AcceptanceContext {
  UnitOfWork& uow;
  const Caller& caller;  // who recorded the customer's acceptance
  const Record& quote;   // as stored, status accepted
  std::int64_t at;       // the acceptance's time, µs since the epoch
};

using AcceptanceStep = core::Result<void> (*)(AcceptanceContext& ctx);

// Adds `step` once (a second registration of the same function is ignored).
void AddAcceptanceStep(AcceptanceStep step);
// Runs the registered steps in registration order; the first error stops them.
core::Result<void> RunAcceptanceSteps(AcceptanceContext& ctx);

}  // namespace salesdesk::app::sales
