// The overview's lists: the first five of each with their count, every one read with the
// caller's visibility of its entity and filtered by the account (indexed on both engines:
// quotes_account, sales_orders_account, contracts_account, opportunities_account,
// activities_account, tasks_related, contacts_account).
#include "app/access/access_policy.h"
#include "app/records/record_json.h"
#include "modules/accounts360/app/overview_parts.h"

namespace salesdesk::modules::accounts360 {

namespace json = boost::json;
using app::Filter;
using app::FilterOp;

core::Result<std::optional<app::Visibility>> VisibilityOrNone(const OverviewContext& c,
                                                              const app::EntitySpec& e) {
  auto v = app::VisibilityFor(c.uow, c.caller, e);
  if (!v.ok()) {
    if (v.error().code == core::ErrorCode::kForbidden) return std::optional<app::Visibility>();
    return v.error();
  }
  return std::optional(std::move(*v));
}

core::Result<json::value> TopOf(const OverviewContext& c, std::string_view entity,
                                std::vector<Filter> filters, std::string sort_field,
                                bool descending) {
  const app::EntitySpec& e = *app::FindEntity(entity);
  SD_ASSIGN(auto visibility, VisibilityOrNone(c, e));
  if (!visibility) return json::value(nullptr);
  app::ListQuery q;
  q.filters = std::move(filters);
  q.sort_field = std::move(sort_field);
  q.sort_descending = descending;
  q.limit = kTop;
  SD_ASSIGN(app::Page page, c.uow.List(e, q, *visibility));
  json::array items;
  const bool cost = app::SeesCost(c.caller);
  for (const auto& r : page.items) items.push_back(app::RecordToJson(e, r, cost));
  return json::value(json::object{{"items", std::move(items)}, {"total", page.total}});
}

namespace {

std::vector<app::FieldValue> Values(std::initializer_list<const char*> texts) {
  std::vector<app::FieldValue> out;
  for (const char* t : texts) out.emplace_back(std::string(t));
  return out;
}

}  // namespace

core::Result<json::object> OverviewLists(const OverviewContext& c) {
  const Filter account{"account_id", FilterOp::kEq, {c.account_id}};
  auto with = [&](std::vector<Filter> more) {
    more.insert(more.begin(), account);
    return more;
  };
  json::object out;
  // Quotes still in play, newest first.
  SD_ASSIGN(out["open_quotes"],
            TopOf(c, "quotes",
                  with({{"status", FilterOp::kIn,
                         Values({"draft", "pending_approval", "approved", "sent"})}}),
                  "id", true));
  // Orders that stand (open or confirmed, not cancelled), the latest first. An order carries
  // no "invoiced" or "delivered" state to filter on (decision 0058).
  SD_ASSIGN(out["orders"],
            TopOf(c, "sales-orders", with({{"status", FilterOp::kNe, {std::string("cancelled")}}}),
                  "ordered_on", true));
  // Active contracts, the one ending first first.
  SD_ASSIGN(out["active_contracts"],
            TopOf(c, "contracts", with({{"status", FilterOp::kEq, {std::string("active")}}}),
                  "end_date", false));
  // Open deals (not closed or omitted), the one closing first first.
  SD_ASSIGN(out["open_deals"], TopOf(c, "opportunities",
                                     with({{"forecast_category", FilterOp::kIn,
                                            Values({"commit", "best_case", "pipeline"})}}),
                                     "expected_close", false));
  // Next actions: planned calls, visits and meetings, the soonest first; open tasks on the
  // account (tasks name their record by related_entity and related_id), the one due first.
  SD_ASSIGN(out["next_activities"],
            TopOf(c, "activities", with({{"status", FilterOp::kEq, {std::string("planned")}}}),
                  "planned_at", false));
  SD_ASSIGN(out["open_tasks"], TopOf(c, "tasks",
                                     {{"related_entity", FilterOp::kEq, {std::string("accounts")}},
                                      {"related_id", FilterOp::kEq, {c.account_id}},
                                      {"done", FilterOp::kEq, {false}}},
                                     "due_on", false));
  // The people to call: the primary contact first.
  SD_ASSIGN(out["contacts"], TopOf(c, "contacts", {account}, "is_primary", true));
  return out;
}

}  // namespace salesdesk::modules::accounts360
