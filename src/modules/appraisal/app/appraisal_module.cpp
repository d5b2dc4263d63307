#include "modules/appraisal/app/appraisal_module.h"

#include "modules/appraisal/app/lost_customers_job.h"

namespace salesdesk::modules::appraisal {

const app::AppModule& AppPart() {
  static const app::AppModule kModule{
      .name = "appraisal",
      .depends = {"billing", "activities", "schedules", "targets", "requests"},
      .add_entities = AddEntities,
      .add_demo = CreateDemo,
      // Accounts at risk / lost by their own ordering rhythm, with a task for the rep (B-R7).
      .jobs = {{.name = "appraisal.customer_rhythm",
                .period = std::chrono::hours(24),
                .run = EvaluateCustomerRhythm}}};
  return kModule;
}

}  // namespace salesdesk::modules::appraisal
