// Health check and the OpenAPI document.
#include <boost/json.hpp>

#include "http/api.h"
#include "http/error_response.h"
#include "http/json_response.h"
#include "http/openapi_document.h"

namespace salesdesk::http {

const std::string& Api::openapi_json() {
  if (openapi_.empty()) openapi_ = BuildOpenApiDocument(routes_);
  return openapi_;
}

void Api::AddPlatformRoutes() {
  routes_.push_back(
      {"GET", "/healthz", "health", "Liveness and database reachability", "Platform", false,
       RouteKind::kCustom, nullptr, "", "Health", 200, [this](RouteContext&) {
         auto uow = store_.Read();
         if (!uow.ok()) return ErrorToResponse(uow.error());
         return JsonResponse(200, boost::json::object{{"status", "ok"}, {"database", "ok"}});
       }});
  routes_.push_back({"GET", "/api/v1/openapi.json", "openapi", "This OpenAPI 3.1 document",
                     "Platform", false, RouteKind::kCustom, nullptr, "", "OpenApi", 200,
                     [this](RouteContext&) {
                       Response r;
                       r.content_type = "application/json; charset=utf-8";
                       r.body = openapi_json();
                       r.headers.emplace_back("Cache-Control", "no-cache");
                       return r;
                     }});
}

}  // namespace salesdesk::http
