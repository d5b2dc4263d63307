// A manager's adjustment of a forecast cell (RULES D-R3, decision 0041): the person themself
// (a manager's own number) or their direct manager sets an absolute value for one figure of one
// period, with a reason. It is stored with the value it replaced — what the author sees there
// today without it (their unadjusted roll-up for their own number, the report's submitted view
// for a report's) — and is flagged stale by the grid when that value later moves. Saving the
// same cell again supersedes the earlier adjustment (kept as the cell's history) and takes
// today's basis: that is how an author confirms a stale one. Reps adjust nothing.
#pragma once

#include <string>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "app/records/idempotency.h"
#include "core/time/clock.h"
#include "modules/forecasts/core/forecast_rollup.h"

namespace salesdesk::modules::forecasts {

struct AdjustmentRequest {
  std::int64_t person = 0;
  std::string period;      // "2026-12" or "2026-Q4"
  std::string category;    // commit, best_case, open_pipeline
  std::int64_t value = 0;  // minor units of the company currency
  std::string reason;
};

core::Result<AdjustmentRequest> DecodeAdjustment(const std::string& body);

core::Result<app::CreateResult<app::Record>> Adjust(
    app::Store& store, const core::Clock& clock, const app::Caller& caller,
    const AdjustmentRequest& in, const app::IdempotencyRequest* idempotency = nullptr,
    const app::Renderer<app::Record>& render = {});

}  // namespace salesdesk::modules::forecasts
