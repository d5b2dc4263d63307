// The manager's month at a glance (decision 0053): the team list — each visible salesperson and
// the state of their card (none, draft, rated, signed, acknowledged) — and the leaderboard, which
// ranks the visible reps by their score or one row's attainment (frozen once signed, else live).
// A rep sees their own rank and the size of their team, never a colleague's name or figure.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "modules/appraisal/app/scorecard_service.h"
#include "modules/appraisal/core/team_rollup.h"

namespace salesdesk::modules::appraisal {

struct TeamMember {
  std::int64_t user_id = 0;
  std::string name;
  app::Role role = app::Role::kRep;
  std::optional<app::Record> card;  // the month's card, if opened
  std::string state;                // none, draft, rated, signed, acknowledged
  std::optional<std::int64_t> team_id;
};

// What a leaderboard ranks: the score or one scored row's (capped) attainment.
struct Metric {
  std::string name;  // as asked: score, attainment_revenue, attainment_<item>
  std::optional<core::appraisal::Item> item;  // none: the score
};
core::Result<Metric> ParseMetric(std::string_view text);

struct BoardEntry {
  std::int64_t user_id = 0;
  std::string name;
  std::optional<int> rank;  // none: the figure is n/a
  std::optional<std::int64_t> value_bp;
  bool frozen = false;
};

struct Leaderboard {
  std::int64_t team_size = 0;  // the people ranked (a rep's: their team's reps)
  bool names_shown = false;    // false: a rep's view, their own entry only (decision 0069)
  std::vector<BoardEntry> entries;
};

// A month's appraisals per team (decision 0077): the teams of the reps the caller sees.
struct TeamRollUpLine {
  std::string team_name;    // empty: the reps without a team
  std::string leader_name;  // empty: no leader
  core::appraisal::TeamMonth figures;
};
struct TeamRollUp {
  std::string currency;               // the base currency the sales figures are in
  std::vector<TeamRollUpLine> teams;  // by team name, the team-less last
  core::appraisal::TeamMonth total;
};

// The card's state as the team list shows it.
std::string CardState(const std::optional<app::Record>& card);

class TeamBoardService {
 public:
  TeamBoardService(app::Store& store, ScorecardService& scorecards)
      : store_(store), scorecards_(scorecards) {}

  // Managers, senior managers and the director: the people whose cards they see, but themselves.
  core::Result<std::vector<TeamMember>> Team(const app::Caller& caller,
                                             core::appraisal::Month month);
  core::Result<Leaderboard> Rank(const app::Caller& caller, core::appraisal::Month month,
                                 const Metric& metric);
  // Leaders only (a rep: 403); each rep's figures frozen once signed, else live.
  core::Result<TeamRollUp> RollUp(const app::Caller& caller, core::appraisal::Month month);

 private:
  app::Store& store_;
  ScorecardService& scorecards_;
};

}  // namespace salesdesk::modules::appraisal
