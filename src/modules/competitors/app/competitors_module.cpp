#include "modules/competitors/app/competitors_module.h"

namespace salesdesk::modules::competitors {

const app::AppModule& AppPart() {
  static const app::AppModule kModule{
      .name = "competitors", .add_entities = AddEntities, .add_demo = CreateDemo};
  return kModule;
}

}  // namespace salesdesk::modules::competitors
