// A person's working days read from their schedule records, through the caller's visibility:
// the API's GET /working-days and the function later modules (targets, appraisals) call.
#pragma once

#include <cstdint>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "modules/schedules/core/working_days.h"

namespace salesdesk::modules::schedules {

// Inside the caller's own unit of work (a target plan decomposing in its transaction). The
// caller must see the person's schedule: a rep only themself, a leader their team's sub-tree,
// the director and the system everyone (else kForbidden). The person's work profiles (none:
// Monday to Friday in the company's country), their countries' public holidays, their approved
// leave and their rota feed ComputeWorkingDays.
core::Result<WorkingDays> ReadWorkingDays(app::UnitOfWork& uow, const app::Caller& caller,
                                          std::int64_t user_id, core::Date from, core::Date to);

// The same in a read transaction of its own.
core::Result<WorkingDays> WorkingDaysOf(app::Store& store, const app::Caller& caller,
                                        std::int64_t user_id, core::Date from, core::Date to);

}  // namespace salesdesk::modules::schedules
