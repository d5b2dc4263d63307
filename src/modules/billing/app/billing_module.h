// Billing (issue 13, order to cash): instalments, payments, ageing, FX, DSO, dunning. This
// slice installs the rules (core/, docs/billing.md) and payment terms; invoices, payments and
// the receivables routes come with the next.
#pragma once

#include "app/modules/app_module.h"

namespace salesdesk::modules::billing {

const app::AppModule& AppPart();

void AddEntities(std::vector<app::EntitySpec>& catalog);
// Credit notes and their lines and allocations; dunning levels, runs, run lines and claims.
void AddCreditNoteEntities(std::vector<app::EntitySpec>& catalog);
void AddDunningEntities(std::vector<app::EntitySpec>& catalog);
// Credit splits of sales orders and invoices (decision 0045).
void AddCreditSplitEntities(std::vector<app::EntitySpec>& catalog);
// Billing settings, claim allocations of payments and promises to pay (decision 0049).
void AddFinanceEntities(std::vector<app::EntitySpec>& catalog);
core::Result<void> CreateDemo(const app::DemoContext& ctx);
// Confirmed orders of key accounts to invoice (the sales demo confirms one).
core::Result<void> CreateDemoOrders(const app::DemoContext& ctx);
// Dunning levels and runs over the demo invoices (after them).
core::Result<void> CreateDunningDemo(const app::DemoContext& ctx);
// Bank settings and promises to pay, one kept, one broken, one open (decision 0049).
core::Result<void> CreateFinanceDemo(const app::DemoContext& ctx);

}  // namespace salesdesk::modules::billing
