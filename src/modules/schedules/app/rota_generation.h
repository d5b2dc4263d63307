// Monthly rotation (POST /rotas/generate): a leader lays a repeating pattern of shifts and days
// off over a team's month. Member i takes step (k + i) of the pattern on their k-th scheduled
// day, so the team's people rotate through the shifts. Days that already have an entry keep it
// (a manager's edit survives a re-run): generating twice gives the same rota.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "app/records/idempotency.h"
#include "core/time/clock.h"

namespace salesdesk::modules::schedules {

struct RotaRequest {
  std::int64_t team_id = 0;
  int year = 0, month = 0;
  // Each step a shift id, or nullopt for a day off.
  std::vector<std::optional<std::int64_t>> pattern;
};

struct RotaOutcome {
  std::int64_t created = 0;
  std::int64_t kept = 0;             // days that already had an entry
  std::vector<app::Record> entries;  // the entries created, by person then date
};

class RotaGeneration {
 public:
  RotaGeneration(app::Store& store, const core::Clock& clock) : store_(store), clock_(clock) {}

  core::Result<app::CreateResult<RotaOutcome>> Generate(const app::Caller& caller,
                                                        const RotaRequest& request,
                                                        const app::IdempotencyRequest* key,
                                                        const app::Renderer<RotaOutcome>& render);

 private:
  app::Store& store_;
  const core::Clock& clock_;
};

}  // namespace salesdesk::modules::schedules
