// The activities module's HTTP part: the timeline of a customer record and the caller's day.
// Activities themselves are read and written through the generic record routes.
#pragma once

#include "http/http_module.h"

namespace salesdesk::http {

void AddTimelineRoute(ModuleHost& host);
void AddTodayRoute(ModuleHost& host);
void AddReviewQueueRoute(ModuleHost& host);
void AddMorningMeetingRoute(ModuleHost& host);
void AddActivitySchemas(boost::json::object& schemas);
void AddMorningMeetingSchemas(boost::json::object& schemas);

}  // namespace salesdesk::http

namespace salesdesk::modules::activities {
const http::HttpModule& HttpPart();
}  // namespace salesdesk::modules::activities
