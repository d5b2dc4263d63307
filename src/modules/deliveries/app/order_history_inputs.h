// Reading the order-to-cash history's inputs from the demo company (order_history_plan.h).
#pragma once

#include <memory>

#include "app/ports/store.h"
#include "modules/deliveries/app/order_history_plan.h"

namespace salesdesk::modules::deliveries::history {

struct LoadedInputs {
  // A book per currency with customers and a root price list, the home currency's first; each
  // book's `rates` points into `rates`.
  std::vector<Inputs> books;
  std::unique_ptr<app::sales::ExchangeRates> rates = std::make_unique<app::sales::ExchangeRates>();
};

core::Result<LoadedInputs> LoadInputs(app::Store& store, core::Date today);

}  // namespace salesdesk::modules::deliveries::history
