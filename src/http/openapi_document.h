// Builds the OpenAPI 3.1 document from the route table and the entity specs, so the document
// describes exactly the routes that exist.
#pragma once

#include <string>
#include <vector>

#include "http/route.h"

namespace salesdesk::http {

std::string BuildOpenApiDocument(const std::vector<Route>& routes);

}  // namespace salesdesk::http
