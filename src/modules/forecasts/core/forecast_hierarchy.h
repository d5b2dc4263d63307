// D-R3: one period's forecast rolled up the team hierarchy, with owner and manager adjustments
// (docs/forecasts.md). Per person P and column:
//   raw(P)         = own(P) + Σ raw(R) over P's direct reports R (no adjustment anywhere);
//   unadjusted(P)  = own(P) + Σ seen_by(P, R) (what P's own adjustment replaces);
//   view(P)        = P's owner adjustment if any, else unadjusted(P);
//   seen_by(P, R)  = P's manager adjustment of R if any, else view(R).
// So the adjustment made highest up wins for everyone above it, and nobody sees a manager's
// adjustment of themselves. Each column is computed on its own.
#pragma once

#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <vector>

#include "core/result.h"
#include "modules/forecasts/core/forecast_rollup.h"

namespace salesdesk::core::forecasts {

struct Person {
  std::int64_t id = 0;
  std::int64_t manager = 0;  // 0: at the top (the director)
};

// An absolute value for one person's column, stored with the value it replaced (`basis`). By the
// person themselves (owner adjustment) or by their direct manager (manager adjustment).
struct Adjustment {
  std::int64_t author = 0;
  std::int64_t subject = 0;
  Column column = Column::kCommit;
  std::int64_t amount = 0;
  std::int64_t basis = 0;
  std::string note;
};

struct PersonForecast {
  std::int64_t person = 0;
  std::int64_t manager = 0;
  Totals own;
  Totals raw;
  Totals unadjusted;
  Totals view;
};

// What a manager sees in a direct report's row.
struct ReportRow {
  std::int64_t manager = 0;
  std::int64_t report = 0;
  Totals seen;
};

struct AdjustmentState {
  std::size_t index = 0;  // into the adjustments given
  bool by_owner = false;
  std::int64_t current_basis = 0;  // what the adjustment replaces today
  bool stale = false;              // current_basis differs from the stored basis
  // A Commit adjustment above the Best Case forecast seen beside it (a warning, not an error).
  bool commit_above_best_case = false;
  std::int64_t best_case_seen = 0;
};

struct HierarchyForecast {
  std::vector<PersonForecast> people;  // in the order given
  std::vector<ReportRow> rows;         // per manager, their direct reports in the order given
  std::vector<AdjustmentState> adjustments;

  const PersonForecast* Find(std::int64_t person) const;
  const ReportRow* Row(std::int64_t manager, std::int64_t report) const;
};

// `own` holds each person's own opportunities for the period (missing: zero). Refuses
// (kInvalidArgument, naming the field): a person listed twice, a manager who is not listed, a
// reporting loop, an adjustment of someone not listed, one by anyone other than the person or
// their direct manager, one of Closed (what was won is not forecast), two by the same author of
// the same person and column. kOverflow when a sum leaves int64.
Result<HierarchyForecast> RollUpHierarchy(std::span<const Person> people,
                                          const std::map<std::int64_t, Totals>& own,
                                          std::span<const Adjustment> adjustments);

}  // namespace salesdesk::core::forecasts
