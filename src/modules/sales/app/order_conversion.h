// What other modules do when an accepted quote becomes an order, in the converting transaction
// (decision 0071). Sales never names them: pipeline registers the step that gives the order the
// credit split of the quote's deal. A step runs after the order and its lines are stored; an
// error refuses the conversion (nothing of it is stored).
#pragma once

#include "app/access/caller.h"
#include "app/ports/store.h"

namespace salesdesk::app::sales {

struct ConversionContext {
  UnitOfWork& uow;
  const Caller& caller;  // who converted the quote
  const Record& quote;   // as stored, status accepted
  const Record& order;   // as just stored
  std::int64_t at;       // the conversion's time, µs since the epoch
};

using ConversionStep = core::Result<void> (*)(ConversionContext& ctx);

// Adds `step` once (a second registration of the same function is ignored).
void AddConversionStep(ConversionStep step);
// Runs the registered steps in registration order; the first error stops them.
core::Result<void> RunConversionSteps(ConversionContext& ctx);

}  // namespace salesdesk::app::sales
