// The scorecard's targets read from the targets module: the month row of the rep's active plan
// for the year (RULES A), so the card's planned target is the figure the rep works to each day.
#pragma once

#include "modules/appraisal/app/month_target_source.h"

namespace salesdesk::modules::appraisal {

// Money: the rep's active revenue plan in the base currency (a plan in another currency is not
// converted: a target is a promise in its own currency, so the row stays n/a). Counts: the
// active plan of the matching measure (new customers, visits, calls). Weekly orders keep the
// template's per-week target: a plan's orders are monthly and the card's weeks are whole ISO
// weeks (B-R6), so dividing would invent a rounding the plan never made.
// The scorecard service has already decided that the caller may read this rep's card, so the
// plan is read inside its unit of work without a second visibility check.
class PlanTargetSource final : public MonthTargetSource {
 public:
  core::Result<std::optional<std::int64_t>> MoneyTarget(app::UnitOfWork& uow, std::int64_t user_id,
                                                        core::appraisal::Month month) override;
  core::Result<std::optional<std::int64_t>> CountTarget(app::UnitOfWork& uow, std::int64_t user_id,
                                                        core::appraisal::Month month,
                                                        core::appraisal::Item item) override;
};

}  // namespace salesdesk::modules::appraisal
