// The forecasts module's HTTP part (docs/forecasts.md, decision 0041): the grid of a caller's
// team, adjusting a cell, the history of a cell's adjustments, accuracy from the weekly
// snapshots and the statistical forecast. Stored adjustments and snapshots are also read through
// the generic record routes (written only here and by the job).
#pragma once

#include "http/http_module.h"

namespace salesdesk::http {
void AddForecastsRoutes(ModuleHost& host);
void AddForecastsSchemas(boost::json::object& schemas);
}  // namespace salesdesk::http

namespace salesdesk::modules::forecasts {
const http::HttpModule& HttpPart();
}  // namespace salesdesk::modules::forecasts
