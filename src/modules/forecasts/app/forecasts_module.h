// The forecasts module's app part (issue 12, RULES.md D, decision 0041): the stored adjustments
// and weekly snapshots, the live forecast grid of a caller's team, accuracy from the snapshots
// and the statistical forecast. Every figure comes from the pure core (core/, decision 0032).
#pragma once

#include "app/modules/app_module.h"

namespace salesdesk::modules::forecasts {

const app::AppModule& AppPart();

void AddEntities(std::vector<app::EntitySpec>& catalog);
core::Result<void> CreateDemo(const app::DemoContext& ctx);

// The scheduler's weekly snapshot (snapshot_job.cpp).
core::Result<std::string> RunSnapshotJob(app::Store& store, const core::Clock& clock);

}  // namespace salesdesk::modules::forecasts
