#include "modules/targets/http/targets_http_module.h"

namespace salesdesk::http {
namespace {

void AddRoutes(ModuleHost& host) {
  AddTargetsRoutes(host, host.Keep<TargetsServices>(host.store(), host.clock()));
}

}  // namespace
}  // namespace salesdesk::http

namespace salesdesk::modules::targets {

const http::HttpModule& HttpPart() {
  static const http::HttpModule kModule{
      .name = "targets", .add_routes = http::AddRoutes, .add_schemas = http::AddTargetsSchemas};
  return kModule;
}

}  // namespace salesdesk::modules::targets
