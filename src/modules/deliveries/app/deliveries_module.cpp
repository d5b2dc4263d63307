#include "modules/deliveries/app/deliveries_module.h"

namespace salesdesk::modules::deliveries {

const app::AppModule& AppPart() {
  static const app::AppModule kModule{.name = "deliveries",
                                      .depends = {"sales", "billing"},
                                      .add_entities = AddEntities,
                                      .add_demo = CreateDemo};
  return kModule;
}

}  // namespace salesdesk::modules::deliveries
