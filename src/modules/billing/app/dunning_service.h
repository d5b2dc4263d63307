// Dunning runs (docs/billing.md, RULES E-R8 to E-R12). A run at D is a proposal: for every
// overdue instalment its level after the run (ProposeDunning), the principal open, the interest
// accrued on the principal of each interval (AccruedInterest) and the letter's fee on its first
// line at the letter's level. Approving it (finance, director) stores the claims, one per
// invoice of a letter: its level, fee and the interest not claimed before, with the letter text
// in the customer's language; and creates a task for the account's owner when the level says
// so. A waiver gives up a claim's fee or interest with a reason, audited (E-R10).
#pragma once

#include <optional>
#include <string>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "app/records/idempotency.h"
#include "core/time/clock.h"
#include "core/time/date.h"

namespace salesdesk::modules::billing {

struct WaiverRequest {
  std::optional<std::string> claim;   // "fees" or "interest"; none: both
  std::optional<std::string> amount;  // "5.00" in the claim's currency; none: all open
  std::string reason;
};

class DunningService {
 public:
  DunningService(app::Store& store, const core::Clock& clock) : store_(store), clock_(clock) {}

  // `keep_empty`: store a run that proposes no letter (the routes do; the daily job does not).
  core::Result<app::CreateResult<app::Record>> Propose(
      const app::Caller& caller, core::Date as_of, bool keep_empty = true,
      const app::IdempotencyRequest* idempotency = nullptr,
      const app::Renderer<app::Record>& render = {});
  core::Result<app::Record> Approve(const app::Caller& caller, std::int64_t run_id,
                                    std::optional<std::int64_t> expected_version);
  core::Result<app::Record> Waive(const app::Caller& caller, std::int64_t claim_id,
                                  const WaiverRequest& waiver);

 private:
  app::Store& store_;
  const core::Clock& clock_;
};

// The daily job "billing.dunning_proposal": a proposal at today for finance to approve.
core::Result<std::string> ProposeDailyDunning(app::Store& store, const core::Clock& clock);

}  // namespace salesdesk::modules::billing
