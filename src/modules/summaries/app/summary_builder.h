// A sales summary read for one person: the cockpit's figures (as that person sees them) for the
// day, week or month asked, put into the report both formats render, in the reader's language.
#pragma once

#include <optional>
#include <string>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "core/time/clock.h"
#include "modules/cockpit/app/cockpit_people.h"
#include "modules/summaries/core/summary_report.h"

namespace salesdesk::modules::summaries {

struct SummaryRequest {
  core::summaries::Cadence cadence = core::summaries::Cadence::kWeekly;
  std::optional<core::Date> day;  // the period containing it; none: the last closed period
  cockpit::Scope scope = cockpit::Scope::kTeam;
  std::string language;  // en, de, es, zh; empty: the reader's own
};

// kInvalidArgument naming "date" for a period that has not begun; the cockpit's 403 for roles
// without one.
core::Result<core::summaries::SummaryReport> BuildSummary(app::Store& store,
                                                          const core::Clock& clock,
                                                          const app::Caller& reader,
                                                          const SummaryRequest& request);

}  // namespace salesdesk::modules::summaries
