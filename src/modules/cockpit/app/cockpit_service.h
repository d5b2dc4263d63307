// GET /cockpit (issue 14, docs/cockpit.md): the figures a director, senior manager or manager
// runs the team on — and a rep their own — in one answer. Each section is read through the
// service of the module that owns the figure and the caller's visibility; each figure carries a
// drill-down (the web list and filter of its records); a figure no module can give yet is
// absent with a reason, never a zero.
#pragma once

#include <boost/json.hpp>

#include <optional>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "core/time/clock.h"
#include "modules/appraisal/core/appraisal_month.h"
#include "modules/cockpit/app/cockpit_people.h"

namespace salesdesk::modules::cockpit {

struct CockpitRequest {
  std::optional<core::appraisal::Month> period;  // none: the current month
  Scope scope = Scope::kTeam;
  // A day up to today to read the figures on instead (a summary of a closed day or week, whose
  // month is then the period); none: the period's last day, or today in the current month.
  std::optional<core::Date> as_of;
};

core::Result<boost::json::object> ReadCockpit(app::Store& store, const core::Clock& clock,
                                              const app::Caller& caller,
                                              const CockpitRequest& request);

}  // namespace salesdesk::modules::cockpit
