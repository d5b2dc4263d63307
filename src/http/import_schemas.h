// OpenAPI schemas of the import routes (import_routes.cpp).
#pragma once

#include <boost/json/object.hpp>

namespace salesdesk::http {

void AddImportSchemas(boost::json::object& schemas);

// The request body of the upload: CSV, XLSX or a multipart form with the file.
boost::json::object ImportUploadBody();

}  // namespace salesdesk::http
