// Billing (issue 13, order to cash): instalments, payments, ageing, FX, DSO, dunning. This
// slice installs the rules (core/, docs/billing.md); entities and routes come with the next.
#pragma once

#include "app/modules/app_module.h"

namespace salesdesk::modules::billing {

const app::AppModule& AppPart();

}  // namespace salesdesk::modules::billing
