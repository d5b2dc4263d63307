// Customer requests (MISSION.md: "response to customer requests" on the monthly appraisal): what
// a customer asked us — a quote, information, a sample, a complaint, a service call — who must
// answer it and whether they did within the 24-hour SLA. Plain records on the generic path with
// their own rules (the answer's time, the SLA's due instant, the default owner); the appraisal
// reads them for row 11 (decision 0066).
#pragma once

#include "app/modules/app_module.h"

namespace salesdesk::modules::requests {

const app::AppModule& AppPart();

void AddEntities(std::vector<app::EntitySpec>& catalog);
core::Result<void> CreateDemo(const app::DemoContext& ctx);

}  // namespace salesdesk::modules::requests
