// GET /api/v1/pipeline/win-loss (modules/pipeline/app/win_loss_service.h).
#pragma once

#include <boost/json.hpp>

#include "http/http_module.h"

namespace salesdesk::http::pipeline {

void AddWinLossRoutes(ModuleHost& host);
void AddWinLossSchemas(boost::json::object& schemas);

}  // namespace salesdesk::http::pipeline
