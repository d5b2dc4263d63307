// The board of a pipeline (docs/pipeline.md): a column per stage with the opportunities the
// caller may see, the first `limit` cards of each (soonest close first) with the column's count
// and totals over all of them. Open deals all count; won and lost ones only when they closed in
// the last `closed_days` days, so the closed columns show the recent wins and losses instead of
// growing with every year of history. Totals are in the company currency: each deal converted at
// the rate dated on or before its own close date, rounded once per deal; a currency without such a
// rate is summed on its own and reported, never added in.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "core/result.h"
#include "core/time/clock.h"
#include "modules/pipeline/core/pipeline/opportunity_rules.h"

namespace salesdesk::app::pipeline {

struct BoardCard {
  Record record;
  std::int64_t days_in_stage = 0;
  bool rotting = false;
  std::optional<core::Money> converted;  // in the company currency; none without a rate
  std::optional<std::string> rate;       // "1.08": company units per unit of the deal's currency
  std::optional<std::string> rate_date;  // the rate's valid_on
};

struct BoardColumn {
  explicit BoardColumn(core::Currency company) : sum(company) {}
  Record stage;
  std::int64_t count = 0;  // visible deals in the stage (cards holds at most `limit`)
  std::vector<BoardCard> cards;
  core::pipeline::ColumnSum sum;
  std::optional<std::string> first_rate_date, last_rate_date;  // of the rates used
};

struct Board {
  Record pipeline;
  std::string currency;      // the company currency
  std::string as_of;         // today (UTC): days in stage count to now
  std::string closed_since;  // won and lost deals closed on or after this day
  std::vector<BoardColumn> columns;
};

// kNotFound when no such pipeline; kForbidden for roles that read no opportunities.
core::Result<Board> ReadBoard(Store& store, const core::Clock& clock, const Caller& caller,
                              std::int64_t pipeline_id, int limit, int closed_days);

}  // namespace salesdesk::app::pipeline
