#include "http/api.h"

#include "app/io/import_service.h"

#include "app/auth/crypto.h"
#include "http/cookies.h"
#include "http/error_response.h"
#include "http/http_module.h"
#include "http/json_response.h"
#include "http/response_compression.h"
#include "http/web_assets.h"

namespace salesdesk::http {
namespace {

using core::Error;
using core::ErrorCode;

bool IsSafeMethod(const std::string& m) { return m == "GET" || m == "HEAD" || m == "OPTIONS"; }

// A browser request from another site: refused for every state change (G9).
bool CrossSite(const Request& r) {
  std::string_view site = r.Header("sec-fetch-site");
  if (!site.empty() && site != "same-origin" && site != "none") return true;
  std::string_view origin = r.Header("origin");
  if (origin.empty() || origin == "null") return origin == "null";
  std::string_view host = r.Header("host");
  auto scheme_end = origin.find("://");
  return scheme_end == std::string_view::npos || origin.substr(scheme_end + 3) != host;
}

}  // namespace

Api::Api(app::Store& store, const core::Clock& clock, ApiOptions options)
    : store_(store),
      options_(options),
      records_(store, clock),
      auth_(store, clock, options.auth),
      clock_(clock),
      imports_(std::make_unique<app::io::ImportService>(store, records_, clock)) {
  AddPlatformRoutes();
  AddAuthRoutes();
  AddRecordRoutes();
  AddExportRoutes();
  AddImportRoutes();
  AddModuleRoutes();
}

Api::~Api() = default;

void Api::AddModuleRoutes() {
  ModuleHost host(store_, clock_, records_, routes_, module_services_);
  for (const HttpModule* m : InstalledHttpModules()) {
    if (m->add_routes != nullptr) m->add_routes(host);
  }
}

Response Api::Handle(const Request& request) {
  // Pages and files of the web app: every GET/HEAD outside /api/ and /healthz.
  if ((request.method == "GET" || request.method == "HEAD") &&
      request.path.rfind("/api/", 0) != 0 && request.path != "/api" && request.path != "/healthz") {
    if (auto page = ServeWebAsset(request)) return *std::move(page);
  }
  Response r = Dispatch(request);
  if (request.path.rfind("/api/", 0) == 0) {
    bool has_cache = false;
    for (const auto& [k, v] : r.headers) has_cache = has_cache || k == "Cache-Control";
    if (!has_cache) r.headers.emplace_back("Cache-Control", "no-store");
    CompressIfWorthIt(request, r);
  }
  return r;
}

bool Api::IsSlow(const Request& request) const {
  std::vector<std::int64_t> ids;
  for (const auto& route : routes_) {
    if (route.slow && route.method == request.method &&
        MatchRoute(route.pattern, request.path, ids))
      return true;
  }
  return false;
}

Response Api::Dispatch(const Request& request) {
  std::vector<std::int64_t> ids;
  const Route* found = nullptr;
  std::string allowed;
  for (const auto& route : routes_) {
    if (!MatchRoute(route.pattern, request.path, ids)) continue;
    const bool head_as_get = request.method == "HEAD" && route.method == "GET";
    if (route.method == request.method || head_as_get) {
      found = &route;
      break;
    }
    allowed += (allowed.empty() ? "" : ", ") + route.method;
  }
  if (found == nullptr) {
    if (!allowed.empty()) {
      Response r = ErrorToResponse(
          Error::Make(ErrorCode::kInvalidArgument,
                      core::Msg("http.method_not_allowed",
                                {{"method", request.method}, {"allowed", allowed}})),
          405);
      r.headers.emplace_back("Allow", allowed);
      return r;
    }
    Response r = ErrorToResponse(Error::Make(
        ErrorCode::kNotFound, core::Msg("http.no_such_resource", {{"path", request.path}})));
    return r;
  }
  RouteContext ctx{request, nullptr, ids};

  const bool unsafe = !IsSafeMethod(request.method);
  if (unsafe && CrossSite(request)) {
    return ErrorToResponse(Error::Make(ErrorCode::kForbidden, core::Msg("http.cross_site")));
  }
  app::Caller caller;
  if (found->requires_auth) {
    std::string token;
    bool from_cookie = false;
    std::string_view authz = request.Header("authorization");
    if (authz.size() > 7 && authz.substr(0, 7) == "Bearer ") {
      token = std::string(authz.substr(7));
    } else {
      token = CookieValue(request.Header("cookie"), kSessionCookie);
      from_cookie = true;
    }
    auto authenticated = auth_.Authenticate(token);
    if (!authenticated.ok()) return ErrorToResponse(authenticated.error());
    caller = std::move(authenticated).value();
    if (!from_cookie && caller.session_kind == "browser") {
      // A session token sent as a bearer header is still a browser session: keep CSRF rules.
      from_cookie = true;
    }
    if (unsafe && from_cookie &&
        !app::SecureEquals(request.Header("x-csrf-token"), caller.csrf_token)) {
      Error e = Error::Make(ErrorCode::kForbidden, core::Msg("http.csrf"));
      e.field = "X-CSRF-Token";
      return ErrorToResponse(e);
    }
    ctx.caller = &caller;
  }
  if (unsafe && !request.body.empty() && !found->raw_body) {
    std::string_view type = request.Header("content-type");
    if (type.substr(0, type.find(';')) != "application/json") {
      return ErrorToResponse(Error::Invalid("Content-Type", core::Msg("http.content_type")), 415);
    }
  }
  return found->handler(ctx);
}

}  // namespace salesdesk::http
