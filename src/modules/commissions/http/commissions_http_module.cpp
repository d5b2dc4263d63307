#include "modules/commissions/http/commissions_http_module.h"

namespace salesdesk::http {
namespace {

void AddRoutes(ModuleHost& host) {
  AddCommissionRoutes(
      host, host.Keep<modules::commissions::StatementService>(host.store(), host.clock()));
}

}  // namespace
}  // namespace salesdesk::http

namespace salesdesk::modules::commissions {

const http::HttpModule& HttpPart() {
  static const http::HttpModule kModule{.name = "commissions",
                                        .add_routes = http::AddRoutes,
                                        .add_schemas = http::AddCommissionSchemas};
  return kModule;
}

}  // namespace salesdesk::modules::commissions
