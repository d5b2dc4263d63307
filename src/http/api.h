// The API: the route table and the one request-to-response function the server calls.
// Authentication, CSRF and content-type checks happen here, before any handler runs.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "app/auth/auth_service.h"
#include "app/ports/store.h"
#include "app/records/record_service.h"
#include "core/time/clock.h"
#include "http/client_address.h"
#include "http/http_types.h"
#include "http/route.h"

namespace salesdesk::app::io {
class ImportService;  // import_routes.cpp; held here so its runs end before the services they use
}  // namespace salesdesk::app::io

namespace salesdesk::http {

struct ApiOptions {
  bool secure_cookies = false;  // add Secure to the session cookie (set when served over TLS)
  app::AuthOptions auth;
  TrustedProxies proxies;  // whose forwarding header names the client's address
};

inline constexpr const char* kSessionCookie = "sd_session";

class Api {
 public:
  Api(app::Store& store, const core::Clock& clock, ApiOptions options = {});
  ~Api();
  Response Handle(const Request& request);
  // Whether the request's route hashes a password (ServerOptions::slow): cheap, no I/O.
  bool IsSlow(const Request& request) const;
  const std::vector<Route>& routes() const { return routes_; }
  const std::string& openapi_json();

  app::RecordService& records() { return records_; }
  app::AuthService& auth() { return auth_; }
  const ApiOptions& options() const { return options_; }
  app::Store& store() { return store_; }

 private:
  void AddRecordRoutes();
  void AddAuthRoutes();
  void AddPlatformRoutes();
  void AddModuleRoutes();
  void AddExportRoutes();  // export_routes.cpp
  void AddImportRoutes();  // import_routes.cpp
  Response Dispatch(const Request& request);

  app::Store& store_;
  ApiOptions options_;
  app::RecordService records_;
  app::AuthService auth_;
  const core::Clock& clock_;
  std::vector<Route> routes_;
  std::unique_ptr<app::io::ImportService> imports_;     // uploads and their background runs
  std::vector<std::shared_ptr<void>> module_services_;  // what module handlers refer to
  std::string openapi_;
};

}  // namespace salesdesk::http
