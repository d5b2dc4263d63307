#include "modules/billing/app/billing_module.h"

namespace salesdesk::modules::billing {

const app::AppModule& AppPart() {
  static const app::AppModule kModule{
      .name = "billing", .depends = {"sales"}, .add_entities = AddEntities, .add_demo = CreateDemo};
  return kModule;
}

}  // namespace salesdesk::modules::billing
