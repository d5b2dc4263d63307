#include "modules/leads/app/leads_module.h"

namespace salesdesk::modules::leads {

const app::AppModule& AppPart() {
  static const app::AppModule kModule{
      .name = "leads", .add_entities = AddEntities, .add_demo = CreateDemo};
  return kModule;
}

}  // namespace salesdesk::modules::leads
