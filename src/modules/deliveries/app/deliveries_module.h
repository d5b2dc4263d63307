// Deliveries (issue 13, orders to invoices): delivery notes of confirmed orders, the back order
// (what remains open), invoicing what was delivered through billing, and returns with their
// credit notes. Logistics delivers and receives returns; finance invoices (docs/deliveries.md).
#pragma once

#include "app/modules/app_module.h"

namespace salesdesk::modules::deliveries {

const app::AppModule& AppPart();

void AddEntities(std::vector<app::EntitySpec>& catalog);
core::Result<void> CreateDemo(const app::DemoContext& ctx);

}  // namespace salesdesk::modules::deliveries
