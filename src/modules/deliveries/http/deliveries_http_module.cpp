#include "modules/deliveries/http/deliveries_http_module.h"

namespace salesdesk::http {
namespace {

void AddRoutes(ModuleHost& host) {
  auto& s = host.Keep<modules::deliveries::DeliveryService>(host.store(), host.clock());
  AddDeliveryRoutes(host, s);
  AddDeliveryReadRoutes(host, s);
  AddDeliveryPdfRoutes(host, host.Keep<modules::deliveries::DeliveryPrints>(host.store()));
}

}  // namespace
}  // namespace salesdesk::http

namespace salesdesk::modules::deliveries {

const http::HttpModule& HttpPart() {
  static const http::HttpModule kModule{
      .name = "deliveries", .add_routes = http::AddRoutes, .add_schemas = http::AddDeliverySchemas};
  return kModule;
}

}  // namespace salesdesk::modules::deliveries
