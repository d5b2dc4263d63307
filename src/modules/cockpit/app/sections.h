// The cockpit's sections, one file each (docs/cockpit.md): each reads its figures through the
// owning module's service with the caller's visibility and answers them with their drill-downs.
#pragma once

#include <boost/json.hpp>

#include <vector>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "core/time/clock.h"
#include "modules/appraisal/core/appraisal_month.h"
#include "modules/cockpit/app/cockpit_people.h"

namespace salesdesk::modules::cockpit {

struct SectionContext {
  app::Store& store;
  const core::Clock& clock;
  const app::Caller& caller;
  Scope scope;
  core::appraisal::Month period;
  core::Date as_of;  // today in the current month, else the period's last day
  const std::vector<Person>& people;
};

// Money and activity targets from the targets module's progress: {attainment, activity}.
core::Result<boost::json::object> TargetSections(const SectionContext& c);
// Open deals by forecast category and the win rate of the 90 days to as_of (pipeline records).
core::Result<boost::json::object> PipelineSection(const SectionContext& c);
// Open receivables by age bucket and overdue per person (billing's ageing).
core::Result<boost::json::object> ReceivablesSection(const SectionContext& c);
// Discount leakage on the period's posted invoices: list vs net.
core::Result<boost::json::object> LeakageSection(const SectionContext& c);
// New and lost customers of the month (appraisal's scorecard rows 4 and 9).
core::Result<boost::json::object> CustomersSection(const SectionContext& c);

}  // namespace salesdesk::modules::cockpit
