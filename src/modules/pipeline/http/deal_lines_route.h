// PUT /api/v1/opportunities/{id}/lines (modules/pipeline/app/deal_lines.h).
#pragma once

#include <boost/json.hpp>

#include "http/http_module.h"

namespace salesdesk::http::pipeline {

void AddDealLinesRoute(ModuleHost& host);
void AddDealLinesSchemas(boost::json::object& schemas);

}  // namespace salesdesk::http::pipeline
