// GET /appraisals/scorecard: a rep's scorecard for a month, live from the records or, once the
// card is signed, as frozen (RULES B-R1). Who may look: whoever may see the rep's cards — the rep
// their own, a leader their team's, the director all; anyone else gets the answer a missing user
// gets.
#pragma once

#include <optional>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "core/time/clock.h"
#include "modules/appraisal/app/month_target_source.h"
#include "modules/appraisal/app/scorecard.h"
#include "modules/appraisal/app/scorecard_reads.h"

namespace salesdesk::modules::appraisal {

// The person appraised.
struct Subject {
  std::int64_t id = 0;
  app::Role role = app::Role::kRep;
};

// The subject if `caller` may see their cards; kNotFound (as for a missing user) otherwise.
core::Result<Subject> SubjectFor(app::UnitOfWork& uow, const app::Caller& caller,
                                 std::int64_t user_id);

// The card of (user, month) the caller sees, if one exists.
core::Result<std::optional<app::Record>> CardOf(app::UnitOfWork& uow, const app::Caller& caller,
                                                std::int64_t user_id, core::appraisal::Month month);

struct ScorecardView {
  Scorecard figures;
  std::optional<app::Record> card;
  bool frozen = false;
};

class ScorecardService {
 public:
  ScorecardService(app::Store& store, const core::Clock& clock, MonthTargetSource& targets)
      : store_(store), clock_(clock), targets_(targets) {}

  core::Result<ScorecardView> Read(const app::Caller& caller, std::int64_t user_id,
                                   core::appraisal::Month month, ScorecardReads* reads = nullptr);

  // The card's frozen figures once it is signed, else the live ones with its rating (if any).
  // `reads`: what a request reading several cards shares between them (scorecard_reads.h).
  core::Result<Scorecard> FiguresOf(app::UnitOfWork& uow, const Subject& subject,
                                    core::appraisal::Month month,
                                    const std::optional<app::Record>& card,
                                    ScorecardReads* reads = nullptr);

  // The live figures, read in `uow` (sign-off freezes them in its own transaction).
  core::Result<Scorecard> Live(app::UnitOfWork& uow, const Subject& subject,
                               core::appraisal::Month month, std::optional<std::int64_t> rating,
                               ScorecardReads* reads = nullptr);

 private:
  app::Store& store_;
  const core::Clock& clock_;
  MonthTargetSource& targets_;
};

}  // namespace salesdesk::modules::appraisal
