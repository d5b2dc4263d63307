// Billing (issue 13, order to cash): instalments, payments, ageing, FX, DSO, dunning. This
// slice installs the rules (core/, docs/billing.md) and payment terms; invoices, payments and
// the receivables routes come with the next.
#pragma once

#include "app/modules/app_module.h"
#include "app/ports/store.h"
#include "core/time/date.h"

namespace salesdesk::modules::billing {

const app::AppModule& AppPart();

void AddEntities(std::vector<app::EntitySpec>& catalog);
// Credit notes and their lines and allocations; dunning levels, runs, run lines and claims.
void AddCreditNoteEntities(std::vector<app::EntitySpec>& catalog);
void AddDunningEntities(std::vector<app::EntitySpec>& catalog);
// Credit splits of sales orders and invoices (decision 0045).
void AddCreditSplitEntities(std::vector<app::EntitySpec>& catalog);
// The credit hold on sales orders and the credit-override limit of the authority matrix, and
// the confirmation check that sets the hold (decision 0048).
void AddCreditHoldFields(std::vector<app::EntitySpec>& catalog);
// Bad-debt write-offs of invoices and their allocations to instalments (decision 0056).
void AddWriteOffEntities(std::vector<app::EntitySpec>& catalog);
// Billing settings, claim allocations of payments and promises to pay (decision 0049).
void AddFinanceEntities(std::vector<app::EntitySpec>& catalog);
core::Result<void> CreateDemo(const app::DemoContext& ctx);
// Confirmed orders of key accounts to invoice (the sales demo confirms one).
core::Result<void> CreateDemoOrders(const app::DemoContext& ctx);
// One order of two catalogue products for a demo account (quantities × `scale`), numbered from
// the sales order series on `ordered_on`, stored as the order service stores it.
struct DemoOrderSpec {
  const app::Record* account = nullptr;
  const std::vector<app::Record>* products = nullptr;  // at least two, with EUR costs
  std::size_t index = 0;                               // picks the products and quantities
  std::string_view status = "confirmed";
  core::Date ordered_on;
  std::int64_t at = 0;
  std::int64_t scale = 1;
  std::int64_t more_than = 0;  // > 0: quantities scaled so the gross passes this (minor units)
};
core::Result<app::Record> InsertDemoOrder(app::UnitOfWork& uow, const DemoOrderSpec& spec);
core::Result<std::vector<app::Record>> DemoProducts(app::UnitOfWork& uow);
// Credit-override limits per role and orders on credit hold (after the invoices and dunning).
core::Result<void> CreateCreditHoldDemo(const app::DemoContext& ctx);
// Dunning levels and runs over the demo invoices (after them).
core::Result<void> CreateDunningDemo(const app::DemoContext& ctx);
// Bank settings and promises to pay, one kept, one broken, one open (decision 0049).
core::Result<void> CreateFinanceDemo(const app::DemoContext& ctx);

}  // namespace salesdesk::modules::billing
