// The targets module's HTTP part: activating and re-planning a plan, and a person's progress.
// Plans and their decomposition rows are read and drafted through the generic record routes.
#pragma once

#include "http/http_module.h"
#include "modules/targets/app/plan_service.h"

namespace salesdesk::http {

struct TargetsServices {
  TargetsServices(app::Store& s, const core::Clock& clock)
      : store(s), clock(clock), plans(s, clock) {}
  app::Store& store;
  const core::Clock& clock;
  modules::targets::PlanService plans;
};

void AddTargetsRoutes(ModuleHost& host, TargetsServices& s);
void AddTargetsSchemas(boost::json::object& schemas);

}  // namespace salesdesk::http

namespace salesdesk::modules::targets {
const http::HttpModule& HttpPart();
}  // namespace salesdesk::modules::targets
