// The one route table's entry: method, path pattern, what OpenAPI says of it, and the handler.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "app/access/caller.h"
#include "app/records/entity_spec.h"
#include "http/http_types.h"

namespace salesdesk::http {

struct RouteContext {
  const Request& request;
  const app::Caller* caller = nullptr;  // null on public routes
  std::vector<std::int64_t> ids;        // values of {id} segments, in order
};

using RouteHandler = std::function<Response(RouteContext&)>;

// What kind of operation a route is, so the OpenAPI document and the access matrix can
// describe it without reading the handler.
// kExport: the list as a CSV or XLSX file (export_routes.cpp).
enum class RouteKind { kList, kGet, kCreate, kUpdate, kDelete, kCustom, kAggregate, kExport };

struct Route {
  std::string method;
  std::string pattern;  // "/api/v1/accounts/{id}"
  std::string operation_id;
  std::string summary;
  std::string tag;
  bool requires_auth = true;
  RouteKind kind = RouteKind::kCustom;
  const app::EntitySpec* entity = nullptr;  // record routes
  std::string request_schema;               // custom routes: component name of the body
  std::string response_schema;              // custom routes: component name of the 2xx body
  int success_status = 200;
  RouteHandler handler;
  bool slow = false;  // hashes a password (argon2id): served off the io threads, bounded
  // Custom routes: the headers the handler reads, so the OpenAPI document states them.
  bool if_match = false;    // required If-Match: acts on the version the caller saw
  bool idempotent = false;  // creating POST that honours Idempotency-Key
  // Custom routes answering something else than JSON (application/pdf): its media type.
  std::string response_media_type;
  // Takes a body that is not JSON (an import's CSV, XLSX or multipart upload); the handler
  // checks its media type.
  bool raw_body = false;
};

// Matches `path` against `pattern`; {id} segments must be positive integers.
bool MatchRoute(const std::string& pattern, const std::string& path,
                std::vector<std::int64_t>& ids);

}  // namespace salesdesk::http
