// A plan's decomposition as stored rows (target-periods): one per month, week part and day.
#pragma once

#include <vector>

#include "app/ports/store.h"
#include "modules/targets/core/decomposition.h"

namespace salesdesk::modules::targets {

std::vector<app::Record> PeriodRows(std::int64_t plan_id, const Decomposition& d);

// The stored month targets of a plan (months without a row: 0).
core::Result<Months> ReadMonthTargets(app::UnitOfWork& uow, std::int64_t plan_id);

// Copies of the rows of months 1..closed for the plan `new_plan_id` (a re-plan keeps them).
core::Result<std::vector<app::Record>> ClosedMonthRows(app::UnitOfWork& uow, std::int64_t plan_id,
                                                       int closed, std::int64_t new_plan_id);

// The stored day rows of a plan, in date order.
core::Result<std::vector<DayTarget>> ReadDayTargets(app::UnitOfWork& uow, std::int64_t plan_id);

}  // namespace salesdesk::modules::targets
