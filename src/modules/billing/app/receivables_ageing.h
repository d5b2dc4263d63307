// GET /receivables/ageing (docs/billing.md): the posted invoices the caller may see, aged at an
// as-of date per currency with the core rules (E-R3 to E-R5), optionally per account or per
// owner. Payments dated after the as-of date do not count.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "core/time/date.h"
#include "modules/billing/core/ageing.h"

namespace salesdesk::modules::billing {

enum class AgeingGroup { kNone, kAccount, kOwner };

struct AgeingLine {
  std::optional<std::int64_t> group_id;  // the account or owner; none without grouping
  core::billing::AgeingRow row;
};

struct AgeingReport {
  std::string base_currency;
  std::vector<AgeingLine> lines;  // by group id, then currency
};

core::Result<AgeingReport> AgeReceivables(app::Store& store, const app::Caller& caller,
                                          core::Date as_of, AgeingGroup group);

}  // namespace salesdesk::modules::billing
