#include "app/demo/demo_internal.h"
#include "modules/pipeline/app/pipeline_module.h"

namespace salesdesk::modules::pipeline {

core::Result<void> CreateDemo(const app::DemoContext&) { return core::Ok(); }

}  // namespace salesdesk::modules::pipeline
