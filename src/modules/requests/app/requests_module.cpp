#include "modules/requests/app/requests_module.h"

namespace salesdesk::modules::requests {

const app::AppModule& AppPart() {
  static const app::AppModule kModule{
      .name = "requests", .add_entities = AddEntities, .add_demo = CreateDemo};
  return kModule;
}

}  // namespace salesdesk::modules::requests
