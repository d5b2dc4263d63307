// Accounts' owner changes since an instant, read from the platform's audit trail (every update
// of an account is audited with the record before and after), for B-R7.5's owner on a date.
#pragma once

#include <cstdint>
#include <map>
#include <vector>

#include "app/ports/store.h"
#include "modules/appraisal/core/owner_history.h"

namespace salesdesk::modules::appraisal {

// Account id → its owner changes at or after `since_us`, ascending by instant.
core::Result<std::map<std::int64_t, std::vector<core::appraisal::OwnerChange>>> OwnerChangesSince(
    app::UnitOfWork& uow, std::int64_t since_us);

}  // namespace salesdesk::modules::appraisal
