// Commissions (issue 14, RULES.md C): plans with flat, tiered (marginal or slab) and accelerator
// components, their assignment to reps, and statements per rep and month computed from billing's
// posted invoices and payments, approved by the manager and then finance (docs/commissions.md).
#pragma once

#include "app/modules/app_module.h"

namespace salesdesk::modules::commissions {

const app::AppModule& AppPart();

void AddEntities(std::vector<app::EntitySpec>& catalog);
core::Result<void> CreateDemo(const app::DemoContext& ctx);

}  // namespace salesdesk::modules::commissions
