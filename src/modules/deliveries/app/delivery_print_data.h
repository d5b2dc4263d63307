// The print models of delivery and return notes (core/delivery_print.h), read through the
// caller's access: a delivery or return the caller may not see is a 404 like a missing one. The
// note is the consignee's whoever asks: no price, cost or internal note is read into it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "core/result.h"
#include "modules/billing/app/billing_print_data.h"
#include "modules/deliveries/core/delivery_print.h"

namespace salesdesk::modules::deliveries {

template <typename Print>
using Document = billing::CustomerDocument<Print>;

class DeliveryPrints {
 public:
  explicit DeliveryPrints(app::Store& store) : store_(store) {}

  // `language`: none prints in the customer's language (their contacts', else English).
  core::Result<Document<core::deliveries::DeliveryNotePrint>> DeliveryNote(
      const app::Caller& caller, std::int64_t id, std::optional<std::string> language);
  core::Result<Document<core::deliveries::ReturnNotePrint>> ReturnNote(
      const app::Caller& caller, std::int64_t id, std::optional<std::string> language);

 private:
  app::Store& store_;
};

}  // namespace salesdesk::modules::deliveries
