#include "modules/pipeline/app/deal_credit_split.h"

#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/pipeline/app/pipeline_module.h"
#include "modules/sales/app/order_conversion.h"

namespace salesdesk::modules::pipeline {
namespace {

using app::Record;

core::Result<void> DealEditable(app::UnitOfWork&, const Record& deal) {
  return CheckDealOpen(deal, "pipeline.credit_splits_closed", "credit_splits");
}

// The order made from a deal's quote is credited as the deal was: its rows, both kinds, in order.
// An order never had a split before this step (it was stored in the same transaction).
core::Result<void> CopyDealSplit(app::sales::ConversionContext& ctx) {
  const auto deal = app::IntOf(ctx.quote, "opportunity_id");
  if (!deal) return core::Ok();
  SD_ASSIGN(auto copies, billing::SharesFor(ctx.uow, DealSplitTarget(), *deal, "sales_order_id",
                                            app::RecordId(ctx.order)));
  if (copies.empty()) return core::Ok();
  SD_TRY(ctx.uow.InsertMany(*app::FindEntity("sales-order-credit-splits"), copies, ctx.at));
  return core::Ok();
}

}  // namespace

const billing::SplitTarget& DealSplitTarget() {
  static const billing::SplitTarget kTarget{"opportunities", "opportunity-credit-splits",
                                            "opportunity_id", DealEditable};
  return kTarget;
}

void AddDealCreditSplits(std::vector<app::EntitySpec>& c) {
  const app::EntitySpec& deals = DealSpecIn(c);
  c.push_back({.plural = "opportunity-credit-splits",
               .singular = "opportunity_credit_split",
               .title = "Opportunity credit split",
               .fields = billing::CreditSplitFields("opportunity_id", "opportunities"),
               .ownership = app::Ownership::kViaParent,
               .parent_field = "opportunity_id",
               .parent_entity = "opportunities",
               .policies = deals.policies,
               .custom_writes = true});
  app::sales::AddConversionStep(CopyDealSplit);
}

}  // namespace salesdesk::modules::pipeline
