// The forecasts module's app part. For now it brings no entities, demo data or jobs: its forecast
// mathematics (core/) is complete and tested; the forecast grid, adjustments, snapshots and the
// statistical forecast screen come once the pipeline module's opportunities exist
// (docs/forecasts.md, decision 0032).
#pragma once

#include "app/modules/app_module.h"

namespace salesdesk::modules::forecasts {

const app::AppModule& AppPart();

}  // namespace salesdesk::modules::forecasts
