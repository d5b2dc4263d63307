#include "modules/activities/http/activities_http_module.h"

namespace salesdesk::http {
namespace {

void AddRoutes(ModuleHost& host) {
  AddTimelineRoute(host);
  AddTodayRoute(host);
  AddReviewQueueRoute(host);
  AddMorningMeetingRoute(host);
}

}  // namespace
}  // namespace salesdesk::http

namespace salesdesk::modules::activities {

const http::HttpModule& HttpPart() {
  static const http::HttpModule kModule{
      .name = "activities", .add_routes = http::AddRoutes, .add_schemas = http::AddActivitySchemas};
  return kModule;
}

}  // namespace salesdesk::modules::activities
