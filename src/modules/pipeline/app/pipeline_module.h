// Pipelines and opportunities (issue 12, part 1; docs/pipeline.md, decision 0033): stages with
// default probabilities and forecast categories (RULES.md D-R1), opportunities owned like
// accounts with the history of their stage changes, and the board of a pipeline.
#pragma once

#include "app/modules/app_module.h"

namespace salesdesk::modules::pipeline {

const app::AppModule& AppPart();

void AddEntities(std::vector<app::EntitySpec>& catalog);
// The opportunities' spec in a catalogue being built (their child entities copy its policies);
// aborts when it is not there yet: a child is added after its parent.
const app::EntitySpec& DealSpecIn(const std::vector<app::EntitySpec>& catalog);
// A won or lost deal's record is kept as it closed: 409 `code` on `field`.
core::Result<void> CheckDealOpen(const app::Record& deal, std::string_view code,
                                 std::string_view field);
core::Result<void> CreateDemo(const app::DemoContext& ctx);
// The demo pipeline's stages a quote's deal sits in; LinkDemoQuotes gives the sales demo's
// quotes their deals (quote_link_demo.cpp).
struct DemoPipeline {
  std::int64_t id = 0;
  app::Record proposal, negotiation, won;
};
// About one deal in eight from Proposal on (open, or won in the last six months) is split with a
// teammate of its owner (deal_split_demo.cpp).
core::Result<void> SplitDemoDeals(const app::DemoContext& ctx);
// About one open deal in four from Proposal on lists one to three products, priced by the engine
// (deal_lines_demo.cpp).
core::Result<void> PriceDemoDealLines(const app::DemoContext& ctx);
core::Result<void> LinkDemoQuotes(const app::DemoContext& ctx, const DemoPipeline& pipeline);
// Sales' quotes get opportunity_id; accepting a linked quote wins the deal (quote_link.cpp).
void AddQuoteLink(std::vector<app::EntitySpec>& catalog);

// The generic path's hooks (opportunity_write.cpp, stage_write.cpp).
void ValidateStage(const app::Caller& caller, const app::Record& current, app::Record& fields,
                   core::FieldIssues& issues);
core::Result<void> AfterStageWrite(app::WriteContext& ctx, const app::Record& before,
                                   app::Record& stored);
void ValidateOpportunity(const app::Caller& caller, const app::Record& current, app::Record& fields,
                         core::FieldIssues& issues);
core::Result<void> PrepareOpportunity(app::WriteContext& ctx, const app::Record& current,
                                      app::Record& fields);
core::Result<void> AfterOpportunityWrite(app::WriteContext& ctx, const app::Record& before,
                                         app::Record& stored);

}  // namespace salesdesk::modules::pipeline
