#include "modules/activities/app/activities_module.h"

namespace salesdesk::modules::activities {

const app::AppModule& AppPart() {
  static const app::AppModule kModule{.name = "activities",
                                      .depends = {"sales", "schedules"},
                                      .add_entities = AddEntities,
                                      .add_demo = CreateDemo};
  return kModule;
}

}  // namespace salesdesk::modules::activities
