// The period a subscription's next summary covers (docs/summaries.md): the last closed week or
// month, and for a daily summary the last business day before today, so Monday's mail reports
// Friday and nobody gets a summary of a Sunday or of a public holiday.
#pragma once

#include <cstdint>

#include "app/ports/store.h"
#include "core/time/date.h"
#include "modules/summaries/core/summary_period.h"

namespace salesdesk::modules::summaries {

// A business day of `user_id` is one their schedule does not mark weekend or public holiday
// (their work pattern and country). Their own leave or rota day off still counts: the team's
// business goes on and the summary reports it. Two weeks without one (or a schedule that
// cannot be read): the calendar's yesterday.
core::Result<core::summaries::SummaryPeriod> DueSummaryPeriod(app::Store& store,
                                                              std::int64_t user_id,
                                                              core::summaries::Cadence cadence,
                                                              core::Date today);

}  // namespace salesdesk::modules::summaries
