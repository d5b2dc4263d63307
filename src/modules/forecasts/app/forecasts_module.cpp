#include "modules/forecasts/app/forecasts_module.h"

namespace salesdesk::modules::forecasts {

const app::AppModule& AppPart() {
  using namespace std::chrono_literals;
  // The snapshot job runs hourly and writes the week's snapshot once, dated the week's Monday
  // (D-R4): a server down on Monday morning still takes it when it comes back.
  static const app::AppModule kModule{
      .name = "forecasts",
      .depends = {"sales", "pipeline"},
      .add_entities = AddEntities,
      .add_demo = CreateDemo,
      .jobs = {{.name = "forecasts.weekly_snapshot", .period = 1h, .run = RunSnapshotJob}}};
  return kModule;
}

}  // namespace salesdesk::modules::forecasts
