// The negotiation desk as a module: pricing, quotes and their approvals, contracts and sales
// orders (docs/sales-desk-api.md).
#pragma once

#include "app/modules/app_module.h"

namespace salesdesk::modules::sales {
// The module's entry for the registry (generated from src/modules/CMakeLists.txt).
const app::AppModule& AppPart();
}  // namespace salesdesk::modules::sales

namespace salesdesk::app::sales {

// The module's parts, each in its own file.
void AddSalesEntities(std::vector<EntitySpec>& catalog);
core::Result<void> CreateSalesDemo(const DemoContext& ctx);
core::Result<std::string> ExpireOverdueQuotes(Store& store, const core::Clock& clock);

}  // namespace salesdesk::app::sales
