#include "modules/billing/http/billing_http_module.h"

namespace salesdesk::http {
namespace {

void AddRoutes(ModuleHost& host) {
  AddBillingRoutes(host, host.Keep<BillingServices>(host.store(), host.clock()));
}

}  // namespace
}  // namespace salesdesk::http

namespace salesdesk::modules::billing {

const http::HttpModule& HttpPart() {
  static const http::HttpModule kModule{
      .name = "billing", .add_routes = http::AddRoutes, .add_schemas = http::AddBillingSchemas};
  return kModule;
}

}  // namespace salesdesk::modules::billing
