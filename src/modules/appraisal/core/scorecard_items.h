// The scored rows of the classic appraisal form (RULES B-R2; rows 1 and 2, the planned target
// and the actual sales, are shown but not scored) and the default template of the role "rep".
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace salesdesk::core::appraisal {

enum class Item {
  kSalesAttainment,   // row 3: actual sales / the month's money target
  kNewCustomers,      // row 4
  kExistingVisits,    // row 5
  kOutboundCalls,     // row 6
  kWeeklyOrders,      // row 7 (B-R6)
  kGrowth,            // row 8 (B-R4)
  kCustomersLost,     // row 9 (B-R7)
  kReportCompletion,  // row 10
  kRequestResponse,   // row 11
  kConduct,           // row 12: the manager's rating 1..5
};

enum class ItemKind { kHigherBetter, kRate, kLowerBetter, kRating, kGrowth };

inline constexpr std::array<Item, 10> kAllItems = {
    Item::kSalesAttainment, Item::kNewCustomers, Item::kExistingVisits, Item::kOutboundCalls,
    Item::kWeeklyOrders,    Item::kGrowth,       Item::kCustomersLost,  Item::kReportCompletion,
    Item::kRequestResponse, Item::kConduct};

std::string_view ItemName(Item item);  // "sales_attainment", …
std::optional<Item> ParseItem(std::string_view name);
ItemKind KindOf(Item item);
int RowOf(Item item);  // the row number on the form, 3..12

// One template line: the item's weight, cap, and the default monthly target when the targets
// module gives none (a count; per week for weekly orders; bp for growth and rates; the limit
// for customers lost). A money target always comes from the targets (none: n/a).
struct TemplateLine {
  Item item;
  std::int64_t weight;
  std::int64_t cap_bp;
  std::optional<std::int64_t> target;
};

// B-R2's weights for the role "sales rep" (they add to 100), caps 120 % (the rating 100 %).
std::array<TemplateLine, 10> DefaultRepTemplate();

}  // namespace salesdesk::core::appraisal
