#include "modules/forecasts/app/forecasts_module.h"

namespace salesdesk::modules::forecasts {

const app::AppModule& AppPart() {
  static const app::AppModule kModule{.name = "forecasts"};
  return kModule;
}

}  // namespace salesdesk::modules::forecasts
