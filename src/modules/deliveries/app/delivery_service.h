// Delivery notes, invoicing them and returns (docs/deliveries.md). A delivery is a draft of
// lines (order line, quantity) of a confirmed order, never more than each line has open; shipping
// gives it the gap-free number of its series and year and makes it immutable. Finance invoices a
// shipped delivery once, through billing's invoice service, for exactly its quantities at the
// order's locked prices. A return takes back at most what was delivered and not yet returned;
// when the delivery was invoiced, a draft credit note for the returned lines comes with it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "app/records/idempotency.h"
#include "core/money/decimal.h"
#include "core/time/clock.h"
#include "core/time/date.h"
#include "modules/billing/app/credit_note_service.h"
#include "modules/billing/app/invoice_service.h"

namespace salesdesk::modules::deliveries {

struct LineRequest {
  std::int64_t line_id = 0;  // an order line (delivery) or a delivery line (return)
  core::Quantity quantity;
};

struct DeliveryRequest {
  std::int64_t sales_order_id = 0;
  std::vector<LineRequest> lines;
  std::optional<core::Date> shipped_on;
  std::string carrier, tracking;
};

// A draft delivery's changes: each member left empty stays as it is.
struct DeliveryEdit {
  std::optional<std::vector<LineRequest>> lines;        // replaces the draft's lines
  std::optional<std::optional<core::Date>> shipped_on;  // inner none: no planned day
  std::optional<std::string> carrier, tracking;         // "" clears
};

struct ReturnRequest {
  std::int64_t delivery_id = 0;
  std::vector<LineRequest> lines;
  std::optional<core::Date> returned_on;  // none: today
  std::string reason;
};

// One order line's progress: ordered, in delivery notes (drafts too: they reserve), shipped,
// returned and invoiced; open = ordered - delivered is the back order.
struct LineProgress {
  app::Record line;  // the order line
  std::int64_t delivered = 0, shipped = 0, returned = 0, invoiced = 0;
  std::int64_t Open() const;
};

// A line of the back order: an open line of a confirmed order.
struct BackOrderLine {
  app::Record order;
  LineProgress progress;
};

class DeliveryService {
 public:
  DeliveryService(app::Store& store, const core::Clock& clock)
      : store_(store), clock_(clock), invoices_(store, clock), credit_notes_(store, clock) {}

  core::Result<app::CreateResult<app::Record>> Create(
      const app::Caller& caller, const DeliveryRequest& in,
      const app::IdempotencyRequest* idempotency = nullptr,
      const app::Renderer<app::Record>& render = {});
  // A draft's lines (the same over-delivery rule as Create, its own lines not counted), day,
  // carrier and tracking (If-Match); a shipped delivery never changes.
  core::Result<app::Record> Edit(const app::Caller& caller, std::int64_t id, const DeliveryEdit& in,
                                 std::optional<std::int64_t> expected_version);
  core::Result<app::Record> Ship(const app::Caller& caller, std::int64_t id,
                                 std::optional<std::int64_t> expected_version);
  // The draft invoice of a shipped delivery (finance, director).
  core::Result<app::CreateResult<app::Record>> Invoice(
      const app::Caller& caller, std::int64_t delivery_id, std::optional<core::Date> invoice_date,
      const app::IdempotencyRequest* idempotency = nullptr,
      const app::Renderer<app::Record>& render = {});
  core::Result<app::CreateResult<app::Record>> Return(
      const app::Caller& caller, const ReturnRequest& in,
      const app::IdempotencyRequest* idempotency = nullptr,
      const app::Renderer<app::Record>& render = {});

  // The order's lines with their progress, when the caller may see the order's deliveries.
  core::Result<std::vector<LineProgress>> Progress(const app::Caller& caller,
                                                   std::int64_t order_id);
  // Open lines of the confirmed orders the caller may see, oldest order first.
  core::Result<std::vector<BackOrderLine>> BackOrders(const app::Caller& caller);

 private:
  app::Store& store_;
  const core::Clock& clock_;
  billing::InvoiceService invoices_;
  billing::CreditNoteService credit_notes_;
};

}  // namespace salesdesk::modules::deliveries
