// The monthly appraisal (issue 14, RULES B, docs/appraisal.md): the scorecard of a rep for a
// month computed live from invoices, orders and activities, cards rated, signed (frozen) and
// acknowledged, and the daily job that moves accounts to at risk / lost by their own rhythm.
#pragma once

#include "app/modules/app_module.h"

namespace salesdesk::modules::appraisal {

const app::AppModule& AppPart();

void AddEntities(std::vector<app::EntitySpec>& catalog);
core::Result<void> CreateDemo(const app::DemoContext& ctx);

}  // namespace salesdesk::modules::appraisal
