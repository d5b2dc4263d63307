// Bad-debt write-offs (decision 0056): finance gives up an amount of a posted invoice's open
// principal. The amount goes to the open instalments oldest due first, principal only (E-R2,
// as a payment's principal would), relieves carrying base at the invoice's rate (no FX, E-R6),
// and from its date counts in the ageing, DSO, credit exposure and dunning like a settlement;
// it is not a payment, so it never earns commission (C-R7) and claws back on-invoice commission
// like a credit note (C-R8). A fully written-off invoice's claims resolve as "waived" (E-R10).
#pragma once

#include <optional>
#include <string>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "app/records/idempotency.h"
#include "core/time/clock.h"
#include "core/time/date.h"

namespace salesdesk::modules::billing {

struct WriteOffRequest {
  std::int64_t invoice_id = 0;
  std::int64_t amount = 0;  // minor units of the invoice's currency, > 0
  std::string reason;
  std::optional<core::Date> written_off_on;  // none: today
};

// What a posted invoice still owes and what was written off, in its currency (a draft: 0).
struct InvoiceOpen {
  std::string currency;
  std::int64_t open = 0;
  std::int64_t written_off = 0;
};

class WriteOffService {
 public:
  WriteOffService(app::Store& store, const core::Clock& clock) : store_(store), clock_(clock) {}

  // `expected_version` is the invoice's (If-Match): a write-off moves it.
  core::Result<app::CreateResult<app::Record>> Create(
      const app::Caller& caller, const WriteOffRequest& in,
      std::optional<std::int64_t> expected_version,
      const app::IdempotencyRequest* idempotency = nullptr,
      const app::Renderer<app::Record>& render = {});

  // Read like the invoice (hidden and missing: 404).
  core::Result<InvoiceOpen> OpenOf(const app::Caller& caller, std::int64_t invoice_id);

 private:
  app::Store& store_;
  const core::Clock& clock_;
};

}  // namespace salesdesk::modules::billing
