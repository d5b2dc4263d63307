// Prospecting (issue 11): leads with a documented score, assignment rules that hand new leads
// round-robin to a territory's team, and conversion of a qualified lead into an account and a
// contact (docs/leads.md, decision 0026).
#pragma once

#include "app/modules/app_module.h"

namespace salesdesk::modules::leads {

const app::AppModule& AppPart();

void AddEntities(std::vector<app::EntitySpec>& catalog);
core::Result<void> CreateDemo(const app::DemoContext& ctx);

}  // namespace salesdesk::modules::leads
