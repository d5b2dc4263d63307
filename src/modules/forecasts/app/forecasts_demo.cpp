// Demo forecasts: written in a later slice.
#include "modules/forecasts/app/forecasts_module.h"

namespace salesdesk::modules::forecasts {

core::Result<void> CreateDemo(const app::DemoContext& /*ctx*/) { return core::Ok(); }

}  // namespace salesdesk::modules::forecasts
