#include "modules/cockpit/app/cockpit_module.h"

namespace salesdesk::modules::cockpit {

const app::AppModule& AppPart() {
  static const app::AppModule kModule{
      .name = "cockpit", .depends = {"targets", "appraisal", "pipeline", "billing", "activities"}};
  return kModule;
}

}  // namespace salesdesk::modules::cockpit
