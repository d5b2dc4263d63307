// Pipelines and opportunities (issue 12, part 1; docs/pipeline.md, decision 0033): stages with
// default probabilities and forecast categories (RULES.md D-R1), opportunities owned like
// accounts with the history of their stage changes, and the board of a pipeline.
#pragma once

#include "app/modules/app_module.h"

namespace salesdesk::modules::pipeline {

const app::AppModule& AppPart();

void AddEntities(std::vector<app::EntitySpec>& catalog);
core::Result<void> CreateDemo(const app::DemoContext& ctx);

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
