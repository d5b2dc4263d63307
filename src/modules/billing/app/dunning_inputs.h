// What a dunning run at D looks at (E-R8, E-R9): every posted invoice's instalments with the
// principal still open at D, replayed from the payments and credit notes dated on or before D
// (as the ageing does), the dated reductions that split the interest intervals, and the level
// each instalment reached in the approved runs before.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/ports/store.h"
#include "core/money/decimal.h"
#include "core/time/date.h"
#include "modules/billing/core/interest.h"

namespace salesdesk::modules::billing {

struct DunnedInstalment {
  std::int64_t account_id = 0;
  std::int64_t owner_id = 0;
  std::int64_t invoice_id = 0;
  std::string invoice_number;
  std::string currency;
  core::Rate invoice_rate;
  std::int64_t instalment_id = 0;
  core::Date due;
  std::int64_t principal = 0;                                 // the instalment's amount
  std::int64_t open = 0;                                      // principal open at D
  std::vector<core::billing::PrincipalReduction> reductions;  // dated on or before D
  int level = 0;                                              // reached in approved runs
  std::optional<core::Date> level_date;                       // when it reached `level`
};

// The instalments overdue at D (d ≥ 1) with principal open, in invoice and position order.
core::Result<std::vector<DunnedInstalment>> OverdueAt(app::UnitOfWork& uow, core::Date as_of);

}  // namespace salesdesk::modules::billing
