#include "modules/sales/app/quote_header_checks.h"

#include "modules/sales/app/callback_list.h"

namespace salesdesk::app::sales {
namespace {

CallbackList<HeaderCheck>& Registered() {
  static CallbackList<HeaderCheck> checks;
  return checks;
}

}  // namespace

void AddHeaderCheck(HeaderCheck check) { Registered().Add(check); }

core::Result<void> RunHeaderChecks(HeaderCheckContext& ctx) {
  for (HeaderCheck check : Registered().Snapshot()) SD_TRY(check(ctx));
  return core::Ok();
}

}  // namespace salesdesk::app::sales
