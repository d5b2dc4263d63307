#include "modules/targets/app/targets_module.h"

namespace salesdesk::modules::targets {

const app::AppModule& AppPart() {
  static const app::AppModule kModule{.name = "targets",
                                      .depends = {"schedules", "billing", "activities"},
                                      .add_entities = AddEntities,
                                      .add_demo = CreateDemo};
  return kModule;
}

}  // namespace salesdesk::modules::targets
