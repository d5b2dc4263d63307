// Where the scorecard reads a rep's targets for a month. The targets module (target plans
// decomposed to months, RULES A) will answer through this interface once it is installed; until
// then `NoTargetSource` answers "no target": the money rows (planned target, sales attainment)
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

class NoTargetSource final : public MonthTargetSource {
 public:
  core::Result<std::optional<std::int64_t>> MoneyTarget(app::UnitOfWork&, std::int64_t,
                                                        core::appraisal::Month) override {
    return std::optional<std::int64_t>();
  }
  core::Result<std::optional<std::int64_t>> CountTarget(app::UnitOfWork&, std::int64_t,
                                                        core::appraisal::Month,
                                                        core::appraisal::Item) override {
    return std::optional<std::int64_t>();
  }
};

}  // namespace salesdesk::modules::appraisal
