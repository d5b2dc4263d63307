// Orders taken directly — on the phone, by e-mail, from a customer's purchasing system — without a
// quote (decision 0075). Each line is priced by the engine exactly as a quote line of the account
// would be today; a manual price or discount needs a quote, where authority applies. The order is
// numbered and stored with its lines in one transaction and, when asked, confirmed in it too
// (other modules' confirmation checks — billing's credit hold — included).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "app/records/idempotency.h"
#include "core/time/clock.h"
#include "modules/sales/app/pricing_source.h"
#include "modules/sales/app/quote_input.h"

namespace salesdesk::app::sales {

struct OrderIntake {
  std::int64_t account_id = 0;
  std::optional<std::int64_t> price_list_id;  // none: the account's list (DefaultListOf)
  std::vector<QuoteLineInput> lines;
  bool confirm = false;
};

inline constexpr std::size_t kMaxIntakeLines = 500;

// {"account_id", "price_list_id"?, "lines": [{"product_id", "quantity", "unit"?}], "confirm"?}:
// every problem at once, each naming its member ("lines[1].quantity").
core::Result<OrderIntake> DecodeOrderIntake(std::string_view body);

class OrderIntakeService {
 public:
  OrderIntakeService(Store& store, const core::Clock& clock, PricingSource& pricing)
      : store_(store), clock_(clock), pricing_(pricing) {}

  // The order as stored (open, or confirmed/held when `confirm`). The caller must see the account
  // (else 422 on account_id, as a quote's) and may write orders; the order is the account
  // owner's. With an Idempotency-Key a retry gets the first answer back.
  core::Result<CreateResult<Record>> Take(const Caller& caller, const OrderIntake& in,
                                          const IdempotencyRequest* idempotency = nullptr,
                                          const Renderer<Record>& render = {});

 private:
  Store& store_;
  const core::Clock& clock_;
  PricingSource& pricing_;
};

}  // namespace salesdesk::app::sales
