// A country's national public holidays for a year from the built-in calendar (POST
// /public-holidays/generate): the dates the country already has a record for keep it (an admin's
// edit or a regional day survives a re-run), so generating twice creates nothing new.
#pragma once

#include <string>
#include <vector>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "app/records/idempotency.h"
#include "core/time/clock.h"

namespace salesdesk::modules::schedules {

struct HolidaySeedOutcome {
  std::int64_t created = 0;
  std::int64_t kept = 0;             // dates the country already had
  std::vector<app::Record> entries;  // the holidays created, by date
};

class HolidaySeeding {
 public:
  HolidaySeeding(app::Store& store, const core::Clock& clock) : store_(store), clock_(clock) {}

  // 403 for roles that may not write public holidays; 422 naming country (one the calendar does
  // not know) or year (outside 1583..9999).
  core::Result<app::CreateResult<HolidaySeedOutcome>> Seed(
      const app::Caller& caller, const std::string& country, int year,
      const app::IdempotencyRequest* key, const app::Renderer<HolidaySeedOutcome>& render);

 private:
  app::Store& store_;
  const core::Clock& clock_;
};

}  // namespace salesdesk::modules::schedules
