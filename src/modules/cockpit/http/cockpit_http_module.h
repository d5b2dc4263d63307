// The cockpit's HTTP part: GET /cockpit (docs/cockpit.md).
#pragma once

#include "http/http_module.h"

namespace salesdesk::http {

void AddCockpitRoutes(ModuleHost& host, app::Store& store, const core::Clock& clock);
void AddCockpitSchemas(boost::json::object& schemas);

}  // namespace salesdesk::http

namespace salesdesk::modules::cockpit {
const http::HttpModule& HttpPart();
}  // namespace salesdesk::modules::cockpit
