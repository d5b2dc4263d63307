// Competitors (MISSION.md: "collect the actual market and customer demand of competitors"):
// who they are, their strengths and weaknesses, their products and the prices our people saw.
// Plain records on the generic path: the module is entities, access rules and demo data.
#pragma once

#include "app/modules/app_module.h"

namespace salesdesk::modules::competitors {

const app::AppModule& AppPart();

void AddEntities(std::vector<app::EntitySpec>& catalog);
core::Result<void> CreateDemo(const app::DemoContext& ctx);

}  // namespace salesdesk::modules::competitors
