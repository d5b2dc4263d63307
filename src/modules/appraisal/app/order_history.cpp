#include "modules/appraisal/app/order_history.h"

#include <algorithm>
#include <set>
#include <string>

#include "app/records/entity_spec.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"

namespace salesdesk::modules::appraisal {
namespace {

using app::Filter;
using app::FilterOp;

// Reads the histories of `filters`' orders into `out`: the distinct dates as one grouped read
// (account × date: no order is built as a record, W6), then the orders on each account's first
// date alone, for who owned the first (date, then id).
core::Result<void> ReadInto(app::RecordRepository& uow, const std::vector<Filter>& filters,
                            std::map<std::int64_t, AccountOrders>& out) {
  const app::EntitySpec& orders = *app::FindEntity("sales-orders");
  app::AggregateQuery q;
  q.filters = filters;
  q.group_by = {{.field = "account_id"}, {.field = "ordered_on"}};
  q.max_groups = INT64_MAX / 4;
  SD_ASSIGN(const app::AggregateResult days, uow.Aggregate(orders, q, app::Visibility::All()));
  std::set<std::string> first_days;
  std::map<std::int64_t, AccountOrders> read;
  for (const app::AggregateRow& row : days.rows) {
    const auto* account = std::get_if<std::int64_t>(&row.key.at(0));
    const auto* day = std::get_if<std::string>(&row.key.at(1));
    if (account == nullptr || day == nullptr) continue;
    SD_ASSIGN(const core::Date on, core::ParseDate(*day));
    AccountOrders& h = read[*account];
    if (h.dates.empty()) first_days.insert(*day);
    h.dates.push_back(on);  // rows come ordered by account, then date
  }
  if (read.empty()) return core::Ok();
  std::vector<Filter> firsts = filters;
  firsts.push_back({"ordered_on", FilterOp::kIn,
                    std::vector<app::FieldValue>(first_days.begin(), first_days.end())});
  SD_ASSIGN(auto candidates, app::ReadAll(uow, orders, std::move(firsts)));
  std::map<std::int64_t, std::int64_t> first_id;
  for (const app::Record& o : candidates) {
    const std::int64_t account = app::IntOf(o, "account_id").value_or(0);
    const auto it = read.find(account);
    if (it == read.end() || app::TextOf(o, "ordered_on") != it->second.dates.front().ToString()) {
      continue;  // another account's first day
    }
    const auto [seen, fresh] = first_id.emplace(account, app::RecordId(o));
    if (fresh || app::RecordId(o) < seen->second) {
      seen->second = app::RecordId(o);
      it->second.first_owner = app::IntOf(o, "owner_id").value_or(0);
    }
  }
  for (auto& [account, h] : read) out[account] = std::move(h);
  return core::Ok();
}

}  // namespace

core::Result<std::map<std::int64_t, AccountOrders>> OrderHistory(
    app::RecordRepository& uow, std::optional<std::vector<std::int64_t>> accounts,
    core::Date until) {
  const std::vector<Filter> base = {{"status", FilterOp::kEq, {std::string("confirmed")}},
                                    {"ordered_on", FilterOp::kLe, {until.ToString()}}};
  std::map<std::int64_t, AccountOrders> out;
  if (!accounts) {
    SD_TRY(ReadInto(uow, base, out));
    return out;
  }
  constexpr std::size_t kChunk = 500;
  for (std::size_t from = 0; from < accounts->size(); from += kChunk) {
    std::vector<app::FieldValue> chunk(
        accounts->begin() + from, accounts->begin() + std::min(accounts->size(), from + kChunk));
    std::vector<Filter> filters = base;
    filters.push_back({"account_id", FilterOp::kIn, std::move(chunk)});
    SD_TRY(ReadInto(uow, filters, out));
  }
  return out;
}

}  // namespace salesdesk::modules::appraisal
