// Activating and re-planning target plans (RULES A-R2..A-R6). Activation decomposes the plan
// year → month → ISO-week part → day on the subject's working days and stores every row in the
// same transaction as the status change; the subject's earlier active plan for the same
// measure and year is superseded. A re-plan at a month close is a new version: the closed
// months' rows are copied unchanged, the later months get the re-planned targets and are
// decomposed afresh on today's working days (leave approved since counts).
#pragma once

#include <optional>
#include <string>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "app/records/idempotency.h"
#include "core/time/clock.h"
#include "modules/targets/core/replan.h"

namespace salesdesk::modules::targets {

struct ReplanRequest {
  std::string closed_through;  // "YYYY-MM" of the plan's year
  ReplanPolicy policy = ReplanPolicy::kSpread;
  bool allow_decrease = false;
};

class PlanService {
 public:
  PlanService(app::Store& store, const core::Clock& clock) : store_(store), clock_(clock) {}

  // A draft at the version the caller saw (none: internal callers, the demo).
  core::Result<app::Record> Activate(const app::Caller& caller, std::int64_t plan_id,
                                     std::optional<std::int64_t> expected_version);
  // The new version of an active rep plan.
  core::Result<app::CreateResult<app::Record>> Replan(
      const app::Caller& caller, std::int64_t plan_id, std::optional<std::int64_t> expected_version,
      const ReplanRequest& in, const app::IdempotencyRequest* idempotency = nullptr,
      const app::Renderer<app::Record>& render = {});

 private:
  app::Store& store_;
  const core::Clock& clock_;
};

}  // namespace salesdesk::modules::targets
