// The card actions (RULES B-R1): a manager opens the card of a rep for a month, rates the rep's
// conduct with a comment, and signs it off, which freezes the figures; the rep acknowledges the
// signed card. Nobody rates or signs their own card. A signed card never changes (re-opening is
// a director's audited action, not built yet).
#pragma once

#include <optional>
#include <string>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "app/records/idempotency.h"
#include "core/time/clock.h"
#include "modules/appraisal/app/scorecard_service.h"

namespace salesdesk::modules::appraisal {

struct Rating {
  std::int64_t conduct = 0;  // 1..5
  std::optional<std::string> comment;
};

class CardService {
 public:
  CardService(app::Store& store, const core::Clock& clock, ScorecardService& scorecards)
      : store_(store), clock_(clock), scorecards_(scorecards) {}

  core::Result<app::CreateResult<app::Record>> Open(
      const app::Caller& caller, std::int64_t user_id, core::appraisal::Month month,
      const app::IdempotencyRequest* idempotency = nullptr,
      const app::Renderer<app::Record>& render = {});
  core::Result<app::Record> Rate(const app::Caller& caller, std::int64_t card_id,
                                 const Rating& rating);
  core::Result<app::Record> Sign(const app::Caller& caller, std::int64_t card_id);
  core::Result<app::Record> Acknowledge(const app::Caller& caller, std::int64_t card_id);
  core::Result<app::Record> Reopen(const app::Caller& caller, std::int64_t card_id,
                                   const std::string& reason);

 private:
  app::Store& store_;
  const core::Clock& clock_;
  ScorecardService& scorecards_;
};

}  // namespace salesdesk::modules::appraisal
