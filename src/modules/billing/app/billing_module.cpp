#include "modules/billing/app/billing_module.h"

#include "modules/billing/app/dunning_service.h"
#include "modules/billing/app/invoice_settled_on.h"
#include "modules/billing/app/payment_promises.h"

namespace salesdesk::modules::billing {

const app::AppModule& AppPart() {
  // Each day a dunning proposal at today waits for finance's approval (nothing is claimed or
  // sent before that); a day without anything to raise stores no run.
  static const app::AppModule kModule{.name = "billing",
                                      .depends = {"sales"},
                                      .add_entities = AddEntities,
                                      .add_demo = CreateDemo,
                                      .jobs = {{.name = "billing.dunning_proposal",
                                                .period = std::chrono::hours(24),
                                                .run = ProposeDailyDunning},
                                               // Promises to pay: kept or broken (decision 0049).
                                               {.name = "billing.payment_promises",
                                                .period = std::chrono::hours(24),
                                                .run = EvaluatePaymentPromises}},
                                      .upgrade = UpgradeSettledOn};
  return kModule;
}

}  // namespace salesdesk::modules::billing
