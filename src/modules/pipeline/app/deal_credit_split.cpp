#include "modules/pipeline/app/deal_credit_split.h"

#include <algorithm>

#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/sales/app/order_conversion.h"

namespace salesdesk::modules::pipeline {
namespace {

using app::Record;

core::Result<void> DealEditable(app::UnitOfWork&, const Record& deal) {
  if (app::TextOf(deal, "closed_on").empty()) return core::Ok();
  core::Error e = core::Error::Make(
      core::ErrorCode::kConflict,
      core::Msg("pipeline.credit_splits_closed", {{"title", app::TextOf(deal, "title")},
                                                  {"closed_on", app::TextOf(deal, "closed_on")}}));
  e.field = "credit_splits";
  return e;
}

// The order made from a deal's quote is credited as the deal was: its rows, both kinds, in order.
// An order never had a split before this step (it was stored in the same transaction).
core::Result<void> CopyDealSplit(app::sales::ConversionContext& ctx) {
  const auto deal = app::IntOf(ctx.quote, "opportunity_id");
  if (!deal) return core::Ok();
  SD_ASSIGN(auto rows, app::ReadAll(ctx.uow, *app::FindEntity("opportunity-credit-splits"),
                                    {{"opportunity_id", app::FilterOp::kEq, {*deal}}}));
  if (rows.empty()) return core::Ok();
  std::sort(rows.begin(), rows.end(), [](const Record& a, const Record& b) {
    return app::IntOf(a, "position") < app::IntOf(b, "position");
  });
  std::vector<Record> copies;
  for (const Record& r : rows) {
    copies.push_back({{"sales_order_id", app::RecordId(ctx.order)},
                      {"position", r.at("position")},
                      {"user_id", r.at("user_id")},
                      {"share_bp", r.at("share_bp")},
                      {"kind", r.at("kind")}});
  }
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
  const app::EntitySpec* deals = nullptr;
  for (const auto& e : c) {
    if (e.plural == "opportunities") deals = &e;
  }
  if (!deals) std::abort();  // added after the opportunities
  c.push_back({.plural = "opportunity-credit-splits",
               .singular = "opportunity_credit_split",
               .title = "Opportunity credit split",
               .fields = billing::CreditSplitFields("opportunity_id", "opportunities"),
               .ownership = app::Ownership::kViaParent,
               .parent_field = "opportunity_id",
               .parent_entity = "opportunities",
               .policies = deals->policies,
               .custom_writes = true});
  app::sales::AddConversionStep(CopyDealSplit);
}

}  // namespace salesdesk::modules::pipeline
