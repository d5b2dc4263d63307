// The negotiation desk's own rules for its generic records (EntityHooks), set on their specs in
// entity_catalog_sales.cpp: pricing rules validated by the engine's own checks, list items
// defaulting their unit, a list falling back only on a list in its currency, contracts filled
// from their quote, naming a signer within their authority and fixed once signed (signing is
// the signer's own action: contract_signing.h), and the renewal task that follows a contract's
// end date.
#pragma once

#include "app/records/entity_spec.h"

namespace salesdesk::app::sales {

core::Result<void> PreparePricingRule(WriteContext& ctx, const Record& current, Record& fields);
core::Result<void> PreparePriceListItem(WriteContext& ctx, const Record& current, Record& fields);
core::Result<void> PreparePriceList(WriteContext& ctx, const Record& current, Record& fields);
core::Result<void> PrepareContract(WriteContext& ctx, const Record& current, Record& fields);
// Whether the contract's named signer (signed_by_id) may sign its value: their role's limit
// against the value at the rate of the signing day (signed_on, else start_date, else today).
core::Result<void> CheckSigner(UnitOfWork& uow, const Record& contract, std::int64_t now);
// Creates or moves the owner's renewal task of an active contract with an end date.
core::Result<void> AfterContractWrite(WriteContext& ctx, const Record& before, Record& contract);

}  // namespace salesdesk::app::sales
