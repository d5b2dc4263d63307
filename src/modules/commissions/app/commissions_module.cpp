#include "modules/commissions/app/commissions_module.h"

namespace salesdesk::modules::commissions {

const app::AppModule& AppPart() {
  static const app::AppModule kModule{.name = "commissions",
                                      .depends = {"billing", "sales"},
                                      .add_entities = AddEntities,
                                      .add_demo = CreateDemo};
  return kModule;
}

}  // namespace salesdesk::modules::commissions
