// Checks other modules make on the fields they add to a quote's header (decision 0055), when a
// quote is created or edited, before anything is stored. Sales never names them: pipeline
// checks that `opportunity_id` is a deal the caller sees, of the quote's account.
#pragma once

#include "app/access/caller.h"
#include "app/ports/store.h"

namespace salesdesk::app::sales {

struct HeaderCheckContext {
  UnitOfWork& uow;
  const Caller& caller;
  const Record& current;  // the stored quote; empty when creating
  const Record& header;   // the header as it will be stored (defaults filled)
};

using HeaderCheck = core::Result<void> (*)(HeaderCheckContext& ctx);

// Adds `check` once (a second registration of the same function is ignored).
void AddHeaderCheck(HeaderCheck check);
// Runs the registered checks in registration order; the first error stops them.
core::Result<void> RunHeaderChecks(HeaderCheckContext& ctx);

}  // namespace salesdesk::app::sales
