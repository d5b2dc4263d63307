// The maintained daily actuals (issue 14's W6–W8, decision 0078): one row per person, measure,
// unit (the currency of revenue, "count" otherwise) and day, holding what ActualsFromRecords
// would count for that day. Every write of an invoice, credit note, activity or sales order
// changes the rows in its own transaction, through the storage's after-store hooks, so targets'
// progress, the cockpit and the appraisal read a few hundred rows instead of the history.
// The rows are deltas added in one statement each (Accumulate): concurrent writers add up.
#pragma once

#include <cstdint>
#include <vector>

#include "app/ports/store.h"
#include "app/records/entity_spec.h"

namespace salesdesk::modules::targets {

inline constexpr const char* kCountUnit = "count";

// Adds the daily-actuals entity (read-only; a person reads their own rows, a manager the team's)
// and the hooks that keep it onto invoices, credit notes, activities and sales orders.
void AddDailyActuals(std::vector<app::EntitySpec>& catalog);

// Whether the rows must be built: none is stored while records that count exist (a database
// from before the rows existed).
core::Result<bool> DailyActualsMissing(app::UnitOfWork& uow);
// Builds every row from the records (the table must be empty); answers the rows written.
core::Result<std::int64_t> BuildDailyActuals(app::UnitOfWork& uow, std::int64_t now);
// The module's upgrade step: builds the rows once when they are missing.
core::Result<void> UpgradeDailyActuals(app::Store& store, std::int64_t now);

}  // namespace salesdesk::modules::targets
