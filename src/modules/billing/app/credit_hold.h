// Credit holds (issue 13 "Risk and credit", decision 0048, docs/billing.md "Credit holds"): an
// order confirmed for an account over its credit limit, on prepayment, or under a dunning
// letter of a credit-hold level is confirmed on hold; a held order is neither delivered nor
// invoiced until finance (or someone whose credit_override_limit covers what is at risk)
// releases it, or, for prepayment, until the customer's payments cover it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "core/time/clock.h"
#include "modules/billing/core/credit_exposure.h"
#include "modules/sales/app/order_confirmation.h"

namespace salesdesk::modules::billing {

struct AccountExposure {
  std::int64_t account_id = 0;
  core::Currency currency;  // the credit limit's (the account's) currency
  core::billing::CreditExposure figures;
  std::string sales_method;
  std::optional<std::int64_t> dunning_level;  // an open letter of a credit-hold level
};

// The account's exposure today from the stored records; with `new_order` (an open order being
// confirmed) counted apart.
core::Result<AccountExposure> ExposureOfAccount(app::UnitOfWork& uow, const app::Record& account,
                                                const app::Record* new_order, core::Date today);

// Sales' confirmation check (registered with billing's entities): adds the hold fields.
core::Result<void> CheckCreditOnConfirm(app::sales::ConfirmationContext& ctx, app::Record& changes);

// 409 naming `field` when the order is on credit hold, saying how to release it.
core::Result<void> CheckNotOnHold(const app::Record& order, const std::string& field);

// After a payment on the account (same transaction): releases its prepayment holds, oldest
// first, while the account's unapplied credit and the payments on each order's invoices cover
// the order's total in its currency.
core::Result<void> ReleasePaidPrepayments(app::UnitOfWork& uow, std::int64_t account_id,
                                          std::int64_t at);

class CreditHoldService {
 public:
  CreditHoldService(app::Store& store, const core::Clock& clock) : store_(store), clock_(clock) {}

  // POST /sales-orders/{id}/credit-release: finance, or a role whose credit_override_limit
  // (base currency) covers the order's credit_at_risk; audited with the reason.
  core::Result<app::Record> Release(const app::Caller& caller, std::int64_t order_id,
                                    const std::string& reason);
  // The held orders the caller may see, oldest hold first.
  core::Result<std::vector<app::Record>> Held(const app::Caller& caller);
  // The account's exposure, if the caller may see the account (hidden = missing).
  core::Result<AccountExposure> Exposure(const app::Caller& caller, std::int64_t account_id);

 private:
  app::Store& store_;
  const core::Clock& clock_;
};

}  // namespace salesdesk::modules::billing
