#include "modules/sales/app/order_confirmation.h"

#include "modules/sales/app/callback_list.h"

namespace salesdesk::app::sales {
namespace {

CallbackList<ConfirmationCheck>& Registered() {
  static CallbackList<ConfirmationCheck> checks;
  return checks;
}

}  // namespace

void AddConfirmationCheck(ConfirmationCheck check) { Registered().Add(check); }

core::Result<void> RunConfirmationChecks(ConfirmationContext& ctx, Record& changes) {
  for (ConfirmationCheck check : Registered().Snapshot()) SD_TRY(check(ctx, changes));
  return core::Ok();
}

}  // namespace salesdesk::app::sales
