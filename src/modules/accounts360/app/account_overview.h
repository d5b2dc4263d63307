// GET /accounts/{id}/overview (issue 11, docs/accounts360.md): what a salesperson needs when an
// account opens — key figures, open quotes, orders, active contracts, open deals, next actions
// and the people to call — in one answer. The account is read through the access layer (hidden
// = missing = 404); every list and figure with the caller's visibility of its entity, bounded
// (top 5 and a count) and filtered by the indexed account_id. A section of an entity the
// caller's role may not read is null, never an error.
#pragma once

#include <boost/json.hpp>

#include <cstdint>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "core/time/clock.h"

namespace salesdesk::modules::accounts360 {

core::Result<boost::json::object> ReadAccountOverview(app::Store& store, const core::Clock& clock,
                                                      const app::Caller& caller,
                                                      std::int64_t account_id);

}  // namespace salesdesk::modules::accounts360
