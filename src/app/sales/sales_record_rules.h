// The negotiation desk's own rules for its generic records (EntityHooks), set on their specs in
// entity_catalog_sales.cpp: pricing rules validated by the engine's own checks, list items
// defaulting their unit, a list falling back only on a list in its currency, contracts filled
// from their quote and signed only within the signer's authority, and the renewal task that
// follows a contract's end date.
#pragma once

#include "app/records/entity_spec.h"

namespace salesdesk::app::sales {

core::Result<void> PreparePricingRule(WriteContext& ctx, const Record& current, Record& fields);
core::Result<void> PreparePriceListItem(WriteContext& ctx, const Record& current, Record& fields);
core::Result<void> PreparePriceList(WriteContext& ctx, const Record& current, Record& fields);
core::Result<void> PrepareContract(WriteContext& ctx, const Record& current, Record& fields);
// Creates or moves the owner's renewal task of an active contract with an end date.
core::Result<void> AfterContractWrite(WriteContext& ctx, const Record& before, Record& contract);

}  // namespace salesdesk::app::sales
