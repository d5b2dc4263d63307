// Stored price lists and pricing rules turned into the engine's plain data. The record shapes are
// in docs/sales-desk-api.md; errors name the record's field ("bands[1].percent").
#pragma once

#include <vector>

#include "app/records/field_value.h"
#include "core/result.h"
#include "modules/sales/core/pricing/catalog_tree.h"
#include "modules/sales/core/pricing/price_list.h"
#include "modules/sales/core/pricing/pricing_rule.h"

namespace salesdesk::app::sales {

// A pricing-rules record as the engine's rule. Structural checks only (bands parse, season
// bounds, the scope's id present); ValidateRule checks it against lists and trees.
core::Result<core::pricing::PricingRule> RuleFromRecord(const Record& r);

// A price-lists record with its items (price-list-items records of that list).
core::Result<core::pricing::PriceList> ListFromRecords(const Record& list,
                                                       const std::vector<const Record*>& items);

// Tree records (categories, customer groups, territories: id and parent_id) as the engine's nodes.
std::vector<core::pricing::TreeNode> TreeNodes(const std::vector<Record>& records);

}  // namespace salesdesk::app::sales
