// The account's 360° page (issue 11, docs/accounts360.md). No entities or tables of its own:
// every figure and list is read through the access layer or the owning module's service.
#pragma once

#include "app/modules/app_module.h"

namespace salesdesk::modules::accounts360 {

const app::AppModule& AppPart();

}  // namespace salesdesk::modules::accounts360
