#include "modules/cockpit/http/cockpit_http_module.h"

namespace salesdesk::http {
namespace {

void AddRoutes(ModuleHost& host) { AddCockpitRoutes(host, host.store(), host.clock()); }

}  // namespace
}  // namespace salesdesk::http

namespace salesdesk::modules::cockpit {

const http::HttpModule& HttpPart() {
  static const http::HttpModule kModule{
      .name = "cockpit", .add_routes = http::AddRoutes, .add_schemas = http::AddCockpitSchemas};
  return kModule;
}

}  // namespace salesdesk::modules::cockpit
