// "Today" for forecasts is the company's business day (RULES 0.5, decision 0052): the day of the
// clock's instant in settings.time_zone, so the current month, the months accuracy looks back on
// and the weekly snapshot's Monday turn over at the company's midnight, not at UTC's.
#pragma once

#include "app/ports/store.h"
#include "core/time/clock.h"
#include "core/time/date.h"

namespace salesdesk::modules::forecasts {

core::Result<core::Date> CompanyToday(app::RecordRepository& uow, const core::Clock& clock);

}  // namespace salesdesk::modules::forecasts
