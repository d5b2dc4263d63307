// Shared steps of writing the order-to-cash history (order_history.cpp: orders and deliveries;
// order_history_billing.cpp: invoices, credit notes, payments).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/ports/store.h"
#include "modules/deliveries/app/order_history.h"
#include "modules/deliveries/app/order_history_plan.h"

namespace salesdesk::modules::deliveries::history {

constexpr std::int64_t kDayUs = 86'400'000'000;

// An amount of the history's documents: `minor` units of `currency`.
inline app::MoneyValue In(const std::string& currency, std::int64_t minor) {
  return app::MoneyValue{minor, currency};
}

// Rows of one entity with the day each is created on.
struct Rows {
  std::vector<app::Record> records;
  std::vector<core::Date> dates;
  void Add(app::Record r, core::Date d) {
    records.push_back(std::move(r));
    dates.push_back(d);
  }
};

// Inserts `rows` in runs of one day (created_at: that day at 10:00 UTC, never after `now_us`),
// each run in the repository's multi-row statements; returns the ids in the order given.
core::Result<std::vector<std::int64_t>> InsertDated(app::UnitOfWork& uow, const app::EntitySpec& e,
                                                    Rows& rows, std::int64_t now_us);

// The month's invoices (with lines and instalments), credit notes and payments (with their
// allocations); `order_ids` and `line_ids` are the stored orders' and their lines' ids.
core::Result<void> WriteInvoices(app::UnitOfWork& uow, const Inputs& in, std::int64_t now_us,
                                 const std::vector<Order>& orders,
                                 const std::vector<std::int64_t>& order_ids, HistoryCounts& counts);

}  // namespace salesdesk::modules::deliveries::history
