// The day weights a plan is decomposed on (A-R4). A rep plan: the rep's own working days
// (schedules::ReadWorkingDays: pattern, holidays, approved leave, rota), read through the
// caller's visibility. A team, territory or product group plan: the company calendar, Monday to
// Friday less the company country's public holidays (decision 0036).
#pragma once

#include <vector>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "modules/targets/core/decomposition.h"

namespace salesdesk::modules::targets {

core::Result<std::vector<DayWeight>> PlanDayWeights(app::UnitOfWork& uow, const app::Caller& caller,
                                                    const app::Record& plan, int year);

}  // namespace salesdesk::modules::targets
