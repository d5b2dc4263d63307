// A stage's own rules on the generic record path, and the re-mapping of D-R1: when a stage's
// forecast category changes, its open deals without the owner's override follow (live numbers
// move); stored forecast snapshots are the forecasts module's and are never touched here.
#include "app/ports/store.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/pipeline/app/pipeline_module.h"
#include "modules/pipeline/core/pipeline/opportunity_rules.h"

namespace salesdesk::modules::pipeline {

void ValidateStage(const app::Caller&, const app::Record& current, app::Record& fields,
                   core::FieldIssues& issues) {
  const app::Record merged = app::Merged(current, fields);
  core::pipeline::StageFacts facts{.category = app::TextOf(merged, "forecast_category"),
                                   .won = app::BoolOf(merged, "won"),
                                   .lost = app::BoolOf(merged, "lost")};
  core::pipeline::CheckStage(facts, issues);
}

core::Result<void> AfterStageWrite(app::WriteContext& ctx, const app::Record& before,
                                   app::Record& stored) {
  if (before.empty()) return core::Ok();
  const std::string category = app::TextOf(stored, "forecast_category");
  if (app::TextOf(before, "forecast_category") == category) return core::Ok();
  const app::EntitySpec& deals = *app::FindEntity("opportunities");
  using app::Filter;
  using app::FilterOp;
  SD_ASSIGN(auto followers,
            app::ReadAll(ctx.uow, deals,
                         {Filter{"stage_id", FilterOp::kEq, {app::RecordId(stored)}},
                          Filter{"category_overridden", FilterOp::kEq, {false}}}));
  for (const app::Record& deal : followers) {
    SD_TRY(ctx.uow.Update(deals, app::RecordId(deal), {{"forecast_category", category}},
                          app::RecordVersion(deal), ctx.now));
  }
  return core::Ok();
}

}  // namespace salesdesk::modules::pipeline
