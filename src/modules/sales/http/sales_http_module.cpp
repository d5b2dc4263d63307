#include "modules/sales/http/sales_http_module.h"

namespace salesdesk::http {
namespace {

void AddRoutes(ModuleHost& host) {
  auto& services = host.Keep<SalesServices>(host.store(), host.clock());
  AddSalesRoutes(host, services);
  AddQuotePdfRoute(host, services);
  AddContractRoutes(host, services);
}

}  // namespace
}  // namespace salesdesk::http

namespace salesdesk::modules::sales {

const http::HttpModule& HttpPart() {
  static const http::HttpModule kModule{
      .name = "sales", .add_routes = http::AddRoutes, .add_schemas = http::AddSalesSchemas};
  return kModule;
}

}  // namespace salesdesk::modules::sales
