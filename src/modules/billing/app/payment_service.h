// Payments (docs/billing.md): money received from a customer in any currency. A payment naming
// an invoice is converted to the invoice's currency at the payment's dated rate and applied to
// its open instalments oldest due first (E-R2); what they cannot take stays on the customer,
// unapplied. The carrying base it relieves and the realised FX (E-R6) are stored with it.
#pragma once

#include <optional>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "app/records/idempotency.h"
#include "core/money/money.h"
#include "core/time/clock.h"
#include "core/time/date.h"

namespace salesdesk::modules::billing {

struct PaymentRequest {
  std::int64_t account_id = 0;
  std::optional<core::Money> amount;  // > 0
  core::Date paid_on;
  std::optional<std::int64_t> invoice_id;
};

class PaymentService {
 public:
  PaymentService(app::Store& store, const core::Clock& clock) : store_(store), clock_(clock) {}

  core::Result<app::CreateResult<app::Record>> Receive(
      const app::Caller& caller, const PaymentRequest& in,
      const app::IdempotencyRequest* idempotency = nullptr,
      const app::Renderer<app::Record>& render = {});

 private:
  app::Store& store_;
  const core::Clock& clock_;
};

}  // namespace salesdesk::modules::billing
