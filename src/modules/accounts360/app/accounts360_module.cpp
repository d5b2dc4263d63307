#include "modules/accounts360/app/accounts360_module.h"

namespace salesdesk::modules::accounts360 {

const app::AppModule& AppPart() {
  static const app::AppModule kModule{.name = "accounts360",
                                      .depends = {"sales", "billing", "activities", "pipeline"}};
  return kModule;
}

}  // namespace salesdesk::modules::accounts360
