// The demo's deals with products (decision 0072): about one open deal in four from Proposal on
// lists one to three of the catalogue's products, priced by the engine for its account today
// through the same service as the web's Products card, so the deal's amount is what the
// products cost the customer. A deal whose account's list does not price a product picked is
// left with its estimate.
#include "app/demo/demo_internal.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/pipeline/app/deal_lines.h"
#include "modules/pipeline/app/pipeline_module.h"

namespace salesdesk::modules::pipeline {

core::Result<void> PriceDemoDealLines(const app::DemoContext& ctx) {
  app::demo::DemoRandom random(ctx.options.seed, 72);
  std::vector<std::int64_t> products;
  std::vector<std::int64_t> deals;
  {
    SD_ASSIGN(auto uow, ctx.store.Read());
    SD_ASSIGN(auto rows, app::ReadAll(*uow, app::demo::Spec("products"),
                                      {{"active", app::FilterOp::kEq, {true}}}, 500));
    for (const auto& p : rows) products.push_back(app::RecordId(p));
    SD_ASSIGN(auto open, app::ReadAll(*uow, app::demo::Spec("opportunities"),
                                      {{"closed_on", app::FilterOp::kIsNull, {}},
                                       {"probability", app::FilterOp::kGe, {std::int64_t{50}}}}));
    for (const auto& d : open) deals.push_back(app::RecordId(d));
  }
  if (products.empty()) return core::Ok();
  DealLineService service(ctx.store, ctx.clock);
  for (std::int64_t deal : deals) {
    if (!random.Percent(25)) continue;
    std::vector<app::sales::QuoteLineInput> lines;
    const std::int64_t count = random.Uniform(1, 3);
    for (std::int64_t i = 0; i < count; ++i) {
      app::sales::QuoteLineInput line;
      line.line_key = "L" + std::to_string(i + 1);
      line.product_id = random.Pick(products);
      line.quantity = core::Quantity::FromUnits(random.Uniform(2, 40) * 1000);
      lines.push_back(std::move(line));
    }
    auto saved = service.Replace(app::Caller::System(), deal, std::nullopt, std::nullopt, lines);
    if (!saved.ok() && saved.error().code != core::ErrorCode::kInvalidArgument) {
      return std::move(saved).error();
    }
  }
  return core::Ok();
}

}  // namespace salesdesk::modules::pipeline
