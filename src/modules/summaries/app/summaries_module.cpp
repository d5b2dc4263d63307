#include "modules/summaries/app/summaries_module.h"

namespace salesdesk::modules::summaries {

// The sending job renders PDFs, so it is the HTTP part's (http/summaries_http_module.cpp).
const app::AppModule& AppPart() {
  static const app::AppModule kModule{.name = "summaries",
                                      .depends = {"cockpit", "mail"},
                                      .add_entities = AddEntities,
                                      .add_demo = CreateDemo};
  return kModule;
}

}  // namespace salesdesk::modules::summaries
