// The demo's order-to-cash history (decision 0050): DemoOptions::order_months months of orders
// with DemoOptions::order_lines_per_month lines a month on average, delivered, invoiced,
// credited now and then and paid, planned by order_history_plan.h and written in bulk, one
// transaction per month. The same path builds the 10M-line benchmark set (bench/README.md).
#pragma once

#include <cstdint>

#include "app/modules/app_module.h"
#include "core/result.h"

namespace salesdesk::modules::deliveries {

struct HistoryCounts {
  std::int64_t orders = 0, lines = 0, deliveries = 0, invoices = 0, credit_notes = 0, payments = 0;
};

core::Result<HistoryCounts> CreateOrderHistory(const app::DemoContext& ctx);

}  // namespace salesdesk::modules::deliveries
