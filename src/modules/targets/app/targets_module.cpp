#include "modules/targets/app/targets_module.h"

#include "modules/targets/app/daily_actuals.h"

namespace salesdesk::modules::targets {

namespace {

core::Result<void> Upgrade(app::Store& store, const core::Clock& clock) {
  return UpgradeDailyActuals(store, clock.Now().micros_since_epoch());
}

}  // namespace

const app::AppModule& AppPart() {
  static const app::AppModule kModule{.name = "targets",
                                      .depends = {"schedules", "billing", "activities"},
                                      .add_entities = AddEntities,
                                      .add_demo = CreateDemo,
                                      .upgrade = Upgrade};
  return kModule;
}

}  // namespace salesdesk::modules::targets
