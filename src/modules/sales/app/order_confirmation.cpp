#include "modules/sales/app/order_confirmation.h"

#include <algorithm>
#include <mutex>
#include <vector>

namespace salesdesk::app::sales {
namespace {

struct Checks {
  std::mutex mutex;
  std::vector<ConfirmationCheck> list;
};

Checks& Registered() {
  static Checks checks;
  return checks;
}

}  // namespace

void AddConfirmationCheck(ConfirmationCheck check) {
  Checks& c = Registered();
  std::lock_guard lock(c.mutex);
  if (std::find(c.list.begin(), c.list.end(), check) == c.list.end()) c.list.push_back(check);
}

core::Result<void> RunConfirmationChecks(ConfirmationContext& ctx, Record& changes) {
  std::vector<ConfirmationCheck> list;
  {
    Checks& c = Registered();
    std::lock_guard lock(c.mutex);
    list = c.list;
  }
  for (ConfirmationCheck check : list) SD_TRY(check(ctx, changes));
  return core::Ok();
}

}  // namespace salesdesk::app::sales
