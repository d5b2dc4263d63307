// Invoices from confirmed sales orders, and posting them (docs/billing.md). A draft copies the
// order's lines with their locked prices and the order's totals exactly; posting gives the
// gap-free number of its series and year, the instalments (E-R1) and the dated rate to the base
// currency (B0, E-R6) in one transaction. A posted invoice never changes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "app/records/idempotency.h"
#include "core/time/clock.h"
#include "core/time/date.h"

namespace salesdesk::modules::billing {

// One line of an invoice of part of an order (a delivery's): the order line it bills, the
// quantity (3 decimals) and its net, decided by the caller.
struct PartLine {
  std::int64_t sales_order_line_id = 0;
  std::int64_t quantity = 0;
  std::int64_t net = 0;  // minor units of the order's currency
};

// An invoice of part of an order: its lines and amounts, already rounded by the caller.
struct PartInvoice {
  core::Date invoice_date;
  std::vector<PartLine> lines;
  std::int64_t untaxed = 0, tax = 0, total = 0;
};

struct InvoiceRequest {
  std::int64_t sales_order_id = 0;
  std::optional<core::Date> invoice_date;       // none: today
  std::optional<std::int64_t> payment_term_id;  // none: the order's payment days
};

class InvoiceService {
 public:
  InvoiceService(app::Store& store, const core::Clock& clock) : store_(store), clock_(clock) {}

  core::Result<app::CreateResult<app::Record>> Create(
      const app::Caller& caller, const InvoiceRequest& in,
      const app::IdempotencyRequest* idempotency = nullptr,
      const app::Renderer<app::Record>& render = {});
  // A draft invoice of part of `order` (a confirmed order the caller's use case may bill),
  // inside the caller's transaction `uow`: the lines copy the order lines' locked prices with
  // the given quantities and nets. No one-invoice-per-order check: the caller decides.
  core::Result<app::Record> DraftWithin(app::UnitOfWork& uow, const app::Caller& caller,
                                        const app::Record& order, const PartInvoice& part,
                                        std::int64_t at);
  // Posts a draft at the version the caller saw (none: internal callers).
  core::Result<app::Record> Post(const app::Caller& caller, std::int64_t invoice_id,
                                 std::optional<std::int64_t> expected_version);

 private:
  app::Store& store_;
  const core::Clock& clock_;
};

}  // namespace salesdesk::modules::billing
