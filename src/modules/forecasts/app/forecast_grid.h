// The live forecast of one period for a caller's team (RULES D-R2, D-R3): every visible
// opportunity of the people below the caller (a split deal: each person's credited share), summed
// per person by category in the company
// currency at the rate of its close date, rolled up the team hierarchy with the adjustments in
// force that the caller may see. A deal's period is that of its close date: the day it was won
// or lost, else its expected close. A director (or finance, who reads every deal) sees the whole
// company; a manager their sub-tree; a rep themself.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "modules/forecasts/app/team_tree.h"
#include "modules/forecasts/core/forecast_hierarchy.h"

namespace salesdesk::modules::forecasts {

namespace fc = core::forecasts;

// "2026-12" (a month) or "2026-Q4"; with kind quarter, a month names its quarter.
core::Result<fc::Period> ParsePeriod(std::string_view text, std::optional<fc::PeriodKind> kind,
                                     std::string_view field = "period");

std::string_view CategoryName(fc::Column c);  // "closed", "commit", "best_case", "open_pipeline"
std::optional<fc::Column> ParseColumn(std::string_view name);

struct Grid {
  fc::Period period;
  std::string currency;
  TeamTree tree;
  std::vector<fc::Person> people;        // the caller's scope, managers first
  std::vector<app::Record> adjustments;  // in force, parallel to the core's adjustments
  fc::HierarchyForecast forecast;
  std::vector<fc::MissingRate> missing_rates;
};

// The caller's grid, read in `uow` (the adjustment route reads it in its write transaction).
core::Result<Grid> ReadGrid(app::UnitOfWork& uow, const app::Caller& caller, fc::Period period);

// Each person's own totals of one period: deals closed (won or lost) in it, and open deals
// expected to close in it, owned by `owners` (read through `visibility`) or whose revenue split
// names them; a split deal counts each person's Allocated share (decision 0071). Cells only for
// `owners`.
core::Result<fc::Rollup> OwnTotals(app::UnitOfWork& uow, const app::Visibility& visibility,
                                   const std::vector<std::int64_t>& owners, fc::Period period,
                                   std::string& currency);

}  // namespace salesdesk::modules::forecasts
