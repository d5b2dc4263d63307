// The pipeline module's HTTP part: the board of a pipeline and the win/loss analysis. Pipelines,
// stages, opportunities and their stage changes are read and written through the generic record
// routes (moving a card is PATCH /opportunities/{id} with If-Match).
#pragma once

#include "http/http_module.h"

namespace salesdesk::modules::pipeline {
const http::HttpModule& HttpPart();
}  // namespace salesdesk::modules::pipeline
