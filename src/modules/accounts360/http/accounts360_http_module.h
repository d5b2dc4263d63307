// The account 360's HTTP part: GET /accounts/{id}/overview (docs/accounts360.md).
#pragma once

#include "http/http_module.h"

namespace salesdesk::http {

void AddAccountOverviewRoute(ModuleHost& host);
void AddAccountOverviewSchemas(boost::json::object& schemas);

}  // namespace salesdesk::http

namespace salesdesk::modules::accounts360 {
const http::HttpModule& HttpPart();
}  // namespace salesdesk::modules::accounts360
