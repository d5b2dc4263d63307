// The team roll-up of a month's appraisals (docs/appraisal.md, decision 0077): each team's reps
// summed and averaged from their scorecards, so a director compares teams as a manager compares
// reps. Pure: the caller reads each rep's scorecard (frozen once signed) and their team.
//
// Averages are of the reps whose figure applies (n/a drops out, never counts as 0), rounded
// half up to basis points once. The team's sales attainment is Σ actual / Σ target over the
// reps who have a planned target, uncapped (a team's real over- or under-performance, unlike a
// scored row's capped a′), rounded once.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "modules/appraisal/core/scorecard_items.h"

namespace salesdesk::core::appraisal {

// The card states the team list shows (none, draft, rated, signed, acknowledged).
inline constexpr std::array<const char*, 5> kCardStates = {"none", "draft", "rated", "signed",
                                                           "acknowledged"};

struct RepMonth {
  std::optional<std::int64_t> team_id;  // none: not in a team
  std::optional<std::int64_t> score_bp;
  std::optional<std::int64_t> planned_target;                 // row 1, base minor units
  std::int64_t actual_sales = 0;                              // row 2, base minor units
  std::map<Item, std::optional<std::int64_t>> attainment_bp;  // the scored rows' a′
  std::string state;                                          // one of kCardStates
};

struct Average {
  std::int64_t count = 0;  // reps whose figure applies
  std::optional<std::int64_t> mean_bp;
  std::optional<std::int64_t> low_bp, high_bp;
};

struct TeamMonth {
  std::optional<std::int64_t> team_id;  // none: the reps without a team; also the total's
  std::int64_t reps = 0;
  Average score;
  std::int64_t planned_target = 0;                  // Σ over the reps with a target
  std::int64_t actual_sales = 0;                    // Σ over all reps
  std::int64_t actual_on_target = 0;                // Σ actual of the reps with a target
  std::optional<std::int64_t> sales_attainment_bp;  // actual_on_target / planned_target
  std::map<Item, Average> items;                    // every scored item, in kAllItems order
  std::map<std::string, std::int64_t> states;       // every state of kCardStates, 0 included
};

// One line per team met in `reps` (by team id; the team-less last), and the total of all.
struct RollUp {
  std::vector<TeamMonth> teams;
  TeamMonth total;
};
RollUp RollUpTeams(const std::vector<RepMonth>& reps);

}  // namespace salesdesk::core::appraisal
