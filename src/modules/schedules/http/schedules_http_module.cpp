#include "modules/schedules/http/schedules_http_module.h"

namespace salesdesk::http {
namespace {

void AddRoutes(ModuleHost& host) {
  AddScheduleRoutes(host, host.Keep<SchedulesServices>(host.store(), host.clock()));
}

}  // namespace
}  // namespace salesdesk::http

namespace salesdesk::modules::schedules {

const http::HttpModule& HttpPart() {
  static const http::HttpModule kModule{
      .name = "schedules", .add_routes = http::AddRoutes, .add_schemas = http::AddSchedulesSchemas};
  return kModule;
}

}  // namespace salesdesk::modules::schedules
