// Sales orders made from accepted quotes. The order copies the quote's lines with their prices
// and nets as they are (price lock): rules changed later never touch an order.
#pragma once

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "app/records/idempotency.h"
#include "core/time/clock.h"

namespace salesdesk::app::sales {

enum class OrderAction { kConfirm, kCancel };

// A quote line (stored, or priced by the engine) as a line of order `order_id`: its product,
// quantity, unit price, discount, tax rate and net exactly as they are (price lock).
Record OrderLineOf(const Record& quote_line, std::int64_t order_id);
// Confirms an open order in the caller's transaction: other modules' checks (billing's credit
// hold) add to it; audited. 409 order.not_open otherwise.
core::Result<Record> ConfirmOrder(UnitOfWork& uow, const Caller& caller, const Record& order,
                                  std::int64_t at);

class OrderService {
 public:
  OrderService(Store& store, const core::Clock& clock) : store_(store), clock_(clock) {}

  // An accepted quote becomes an open order (once per quote), from the version of the quote
  // the caller saw (none: internal callers); with an Idempotency-Key a retry gets the first
  // answer back.
  core::Result<CreateResult<Record>> Convert(const Caller& caller, std::int64_t quote_id,
                                             std::optional<std::int64_t> expected_version,
                                             const IdempotencyRequest* idempotency = nullptr,
                                             const Renderer<Record>& render = {});
  core::Result<Record> Act(const Caller& caller, std::int64_t order_id, OrderAction action);
  // The addressee marks a notification read.
  core::Result<Record> MarkRead(const Caller& caller, std::int64_t notification_id);

 private:
  Store& store_;
  const core::Clock& clock_;
};

}  // namespace salesdesk::app::sales
