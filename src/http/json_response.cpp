#include "http/json_response.h"

#include <boost/json/serialize.hpp>

namespace salesdesk::http {

Response JsonResponse(int status, const boost::json::value& body) {
  Response r;
  r.status = status;
  r.content_type = "application/json; charset=utf-8";
  r.body = boost::json::serialize(body);
  return r;
}

std::string ETagFor(std::int64_t version) { return "\"" + std::to_string(version) + "\""; }

}  // namespace salesdesk::http
