// GET /cockpit/matrix (issue 14's rep × month performance matrix, QUALITY W7; docs/cockpit.md):
// for each person the caller leads (a rep: themself) and each month of a range of up to 36, the
// actual of one measure from the maintained daily actuals, the month target of their active rep
// plans and the attainment; a total per person and a team line. The people, their plans and two
// or three grouped reads, all through the caller's visibility: never the documents themselves.
#pragma once

#include <boost/json.hpp>

#include <optional>
#include <string>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "core/time/clock.h"
#include "modules/appraisal/core/appraisal_month.h"

namespace salesdesk::modules::cockpit {

struct MatrixRequest {
  std::string measure = "revenue";             // revenue, visits, calls, orders, new_customers
  std::optional<std::string> currency;         // revenue only; none: the company's base currency
  std::optional<core::appraisal::Month> from;  // none: eleven months before `to`
  std::optional<core::appraisal::Month> to;    // none: the current month
};

core::Result<boost::json::object> ReadMatrix(app::Store& store, const core::Clock& clock,
                                             const app::Caller& caller,
                                             const MatrixRequest& request);

}  // namespace salesdesk::modules::cockpit
