#include "modules/pipeline/app/pipeline_module.h"

namespace salesdesk::modules::pipeline {

const app::AppModule& AppPart() {
  static const app::AppModule kModule{.name = "pipeline",
                                      .depends = {"sales", "competitors", "leads"},
                                      .add_entities = AddEntities,
                                      .add_demo = CreateDemo};
  return kModule;
}

}  // namespace salesdesk::modules::pipeline
