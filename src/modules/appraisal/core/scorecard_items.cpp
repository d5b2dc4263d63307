#include "modules/appraisal/core/scorecard_items.h"

#include "modules/appraisal/core/attainment.h"

namespace salesdesk::core::appraisal {
namespace {

struct ItemInfo {
  Item item;
  std::string_view name;
  ItemKind kind;
  int row;
};

constexpr std::array<ItemInfo, 10> kInfo = {{
    {Item::kSalesAttainment, "sales_attainment", ItemKind::kHigherBetter, 3},
    {Item::kNewCustomers, "new_customers", ItemKind::kHigherBetter, 4},
    {Item::kExistingVisits, "existing_customer_visits", ItemKind::kHigherBetter, 5},
    {Item::kOutboundCalls, "outbound_calls", ItemKind::kHigherBetter, 6},
    {Item::kWeeklyOrders, "weekly_orders", ItemKind::kHigherBetter, 7},
    {Item::kGrowth, "growth", ItemKind::kGrowth, 8},
    {Item::kCustomersLost, "customers_lost", ItemKind::kLowerBetter, 9},
    {Item::kReportCompletion, "report_completion", ItemKind::kRate, 10},
    {Item::kRequestResponse, "request_response", ItemKind::kRate, 11},
    {Item::kConduct, "conduct", ItemKind::kRating, 12},
}};

const ItemInfo& Info(Item item) { return kInfo[static_cast<std::size_t>(item)]; }

}  // namespace

std::string_view ItemName(Item item) { return Info(item).name; }
ItemKind KindOf(Item item) { return Info(item).kind; }
int RowOf(Item item) { return Info(item).row; }

std::optional<Item> ParseItem(std::string_view name) {
  for (const ItemInfo& i : kInfo) {
    if (i.name == name) return i.item;
  }
  return std::nullopt;
}

std::array<TemplateLine, 10> DefaultRepTemplate() {
  constexpr std::int64_t c = kDefaultCapBp;
  return {{{Item::kSalesAttainment, 30, c, std::nullopt},
           {Item::kNewCustomers, 10, c, 2},
           {Item::kExistingVisits, 10, c, 12},
           {Item::kOutboundCalls, 5, c, 40},
           {Item::kWeeklyOrders, 10, c, 3},
           {Item::kGrowth, 10, c, 1000},
           {Item::kCustomersLost, 5, c, 1},
           {Item::kReportCompletion, 5, c, 9500},
           {Item::kRequestResponse, 5, c, 9000},
           {Item::kConduct, 10, kRatingCapBp, std::nullopt}}};
}

}  // namespace salesdesk::core::appraisal
