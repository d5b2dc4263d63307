#include "modules/sales/app/order_conversion.h"

#include "modules/sales/app/callback_list.h"

namespace salesdesk::app::sales {
namespace {

CallbackList<ConversionStep>& Registered() {
  static CallbackList<ConversionStep> steps;
  return steps;
}

}  // namespace

void AddConversionStep(ConversionStep step) { Registered().Add(step); }

core::Result<void> RunConversionSteps(ConversionContext& ctx) {
  for (ConversionStep step : Registered().Snapshot()) SD_TRY(step(ctx));
  return core::Ok();
}

}  // namespace salesdesk::app::sales
