#include "modules/sales/app/quote_acceptance.h"

#include "modules/sales/app/callback_list.h"

namespace salesdesk::app::sales {
namespace {

CallbackList<AcceptanceStep>& Registered() {
  static CallbackList<AcceptanceStep> steps;
  return steps;
}

}  // namespace

void AddAcceptanceStep(AcceptanceStep step) { Registered().Add(step); }

core::Result<void> RunAcceptanceSteps(AcceptanceContext& ctx) {
  for (AcceptanceStep step : Registered().Snapshot()) SD_TRY(step(ctx));
  return core::Ok();
}

}  // namespace salesdesk::app::sales
