// Commission statements: one per rep and month, computed as a draft from the rep's posted
// invoices and the payments on them (statement_lines.h), then approved by the rep's manager and
// then finance. An approved statement is closed: it never changes, and its negative total is
// carried into the next one (C-R10). A draft is recomputed in place when asked again.
#pragma once

#include <optional>
#include <string>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "app/records/idempotency.h"
#include "core/time/clock.h"

namespace salesdesk::modules::commissions {

struct StatementRequest {
  std::int64_t user_id = 0;
  std::string period;  // YYYY-MM
};

class StatementService {
 public:
  StatementService(app::Store& store, const core::Clock& clock) : store_(store), clock_(clock) {}

  core::Result<app::CreateResult<app::Record>> Compute(
      const app::Caller& caller, const StatementRequest& in,
      const app::IdempotencyRequest* idempotency = nullptr,
      const app::Renderer<app::Record>& render = {});
  // The next approval at the version the caller saw (none: internal callers): a draft by the
  // rep's manager (a manager, senior manager or the director who sees it), then finance.
  core::Result<app::Record> Approve(const app::Caller& caller, std::int64_t statement_id,
                                    std::optional<std::int64_t> expected_version);

 private:
  app::Store& store_;
  const core::Clock& clock_;
};

}  // namespace salesdesk::modules::commissions
