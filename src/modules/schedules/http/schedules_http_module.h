// The schedules module's HTTP part: a person's working days (for screens and other modules'
// clients) and the monthly rota generation. Everything else is the generic record routes.
#pragma once

#include "http/http_module.h"
#include "modules/schedules/app/holiday_seeding.h"
#include "modules/schedules/app/rota_generation.h"

namespace salesdesk::http {

struct SchedulesServices {
  SchedulesServices(app::Store& store, const core::Clock& clock)
      : store(store), rotas(store, clock), holidays(store, clock) {}
  app::Store& store;
  modules::schedules::RotaGeneration rotas;
  modules::schedules::HolidaySeeding holidays;
};

void AddScheduleRoutes(ModuleHost& host, SchedulesServices& s);
void AddSchedulesSchemas(boost::json::object& schemas);

}  // namespace salesdesk::http

namespace salesdesk::modules::schedules {
const http::HttpModule& HttpPart();
}  // namespace salesdesk::modules::schedules
