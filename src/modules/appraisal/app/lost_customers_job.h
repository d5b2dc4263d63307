// The daily "customers lost" job (RULES B-R7): every account with confirmed orders is placed
// against its own ordering rhythm and its lifecycle moved to at_risk or lost, or back to active
// once it orders again. Each move to at_risk or lost gives the account's owner a task (the
// platform's task entity, about the account). Prospects without orders are left alone.
#pragma once

#include <string>

#include "app/ports/store.h"
#include "core/time/clock.h"

namespace salesdesk::modules::appraisal {

core::Result<std::string> EvaluateCustomerRhythm(app::Store& store, const core::Clock& clock);

}  // namespace salesdesk::modules::appraisal
