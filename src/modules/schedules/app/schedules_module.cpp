#include "modules/schedules/app/schedules_module.h"

namespace salesdesk::modules::schedules {

const app::AppModule& AppPart() {
  static const app::AppModule kModule{
      .name = "schedules", .add_entities = AddEntities, .add_demo = CreateDemo};
  return kModule;
}

}  // namespace salesdesk::modules::schedules
