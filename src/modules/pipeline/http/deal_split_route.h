// PUT /api/v1/opportunities/{id}/credit-splits (modules/pipeline/app/deal_credit_split.h).
#pragma once

#include "http/http_module.h"

namespace salesdesk::http::pipeline {

void AddDealSplitRoute(ModuleHost& host);

}  // namespace salesdesk::http::pipeline
