// The director's cockpit (issue 14, docs/cockpit.md). No entities or tables of its own: every
// figure is read through the services of the module that owns it.
#pragma once

#include "app/modules/app_module.h"

namespace salesdesk::modules::cockpit {

const app::AppModule& AppPart();

}  // namespace salesdesk::modules::cockpit
