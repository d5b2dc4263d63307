#pragma once

#include <boost/json/value.hpp>
#include <cstdint>

#include "http/http_types.h"

namespace salesdesk::http {

Response JsonResponse(int status, const boost::json::value& body);
// A strong ETag carrying the record version: "3".
std::string ETagFor(std::int64_t version);

}  // namespace salesdesk::http
