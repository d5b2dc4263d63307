// Withdrawing a forecast adjustment (RULES D-R3's "confirms or removes it", decision 0052): its
// author, or the author's direct manager (who could have made it themself), takes an active
// adjustment back. The row is kept, marked withdrawn, and audited; the grid reads active
// adjustments only, so the cell falls back to the value beneath it. An adjustment the caller may
// not read is "not found"; one they read but may not withdraw is forbidden; one already
// superseded or withdrawn is a conflict.
#pragma once

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "core/time/clock.h"

namespace salesdesk::modules::forecasts {

core::Result<app::Record> Withdraw(app::Store& store, const core::Clock& clock,
                                   const app::Caller& caller, std::int64_t adjustment);

}  // namespace salesdesk::modules::forecasts
