// Where the scorecard reads a rep's targets for a month: `PlanTargetSource` answers from the
// targets module's plans (RULES A). No target: the money rows (planned target, sales attainment)
// are n/a and the count items fall back to their template's default target.
#pragma once

#include <cstdint>
#include <optional>

#include "app/ports/store.h"
#include "core/result.h"
#include "modules/appraisal/core/appraisal_month.h"
#include "modules/appraisal/core/scorecard_items.h"

namespace salesdesk::modules::appraisal {

class MonthTargetSource {
 public:
  virtual ~MonthTargetSource() = default;
  // The month's money target in minor units of the base currency; none: no target.
  virtual core::Result<std::optional<std::int64_t>> MoneyTarget(app::UnitOfWork& uow,
                                                                std::int64_t user_id,
                                                                core::appraisal::Month month) = 0;
  // The month's target of a count item (per week for weekly orders); none: the template's.
  virtual core::Result<std::optional<std::int64_t>> CountTarget(app::UnitOfWork& uow,
                                                                std::int64_t user_id,
                                                                core::appraisal::Month month,
                                                                core::appraisal::Item item) = 0;
};

}  // namespace salesdesk::modules::appraisal
