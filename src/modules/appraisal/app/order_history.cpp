#include "modules/appraisal/app/order_history.h"

#include <algorithm>

#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"

namespace salesdesk::modules::appraisal {
namespace {

using app::Filter;
using app::FilterOp;

struct Order {
  core::Date on;
  std::int64_t id;
  std::int64_t owner;
};

}  // namespace

core::Result<std::map<std::int64_t, AccountOrders>> OrderHistory(
    app::RecordRepository& uow, std::optional<std::vector<std::int64_t>> accounts,
    core::Date until) {
  const app::EntitySpec& orders = *app::FindEntity("sales-orders");
  const std::vector<Filter> base = {{"status", FilterOp::kEq, {std::string("confirmed")}},
                                    {"ordered_on", FilterOp::kLe, {until.ToString()}}};
  std::vector<app::Record> rows;
  if (!accounts) {
    SD_ASSIGN(rows, app::ReadAll(uow, orders, base));
  } else {
    constexpr std::size_t kChunk = 500;
    for (std::size_t from = 0; from < accounts->size(); from += kChunk) {
      std::vector<app::FieldValue> chunk(
          accounts->begin() + from, accounts->begin() + std::min(accounts->size(), from + kChunk));
      std::vector<Filter> filters = base;
      filters.push_back({"account_id", FilterOp::kIn, std::move(chunk)});
      SD_ASSIGN(auto part, app::ReadAll(uow, orders, std::move(filters)));
      for (auto& r : part) rows.push_back(std::move(r));
    }
  }
  std::map<std::int64_t, std::vector<Order>> by_account;
  for (const auto& r : rows) {
    SD_ASSIGN(core::Date on, core::ParseDate(app::TextOf(r, "ordered_on")));
    by_account[app::IntOf(r, "account_id").value_or(0)].push_back(
        {on, app::RecordId(r), app::IntOf(r, "owner_id").value_or(0)});
  }
  std::map<std::int64_t, AccountOrders> out;
  for (auto& [account, list] : by_account) {
    std::sort(list.begin(), list.end(), [](const Order& a, const Order& b) {
      return a.on != b.on ? a.on < b.on : a.id < b.id;
    });
    AccountOrders& h = out[account];
    h.first_owner = list.front().owner;
    for (const Order& o : list) {
      if (h.dates.empty() || h.dates.back() != o.on) h.dates.push_back(o.on);
    }
  }
  return out;
}

}  // namespace salesdesk::modules::appraisal
