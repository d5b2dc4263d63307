#include "modules/appraisal/app/team_board.h"

#include <algorithm>

#include "app/access/access_policy.h"
#include "app/records/company_calendar.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/appraisal/core/ranking.h"

namespace salesdesk::modules::appraisal {
namespace {

namespace ca = core::appraisal;
using app::Filter;
using app::FilterOp;
using app::Record;
using core::Error;

const app::EntitySpec& Spec(std::string_view plural) { return *app::FindEntity(plural); }

// Decision 0069: whether the company shows reps their team's whole ranking (the settings row;
// none: the default, their own place only).
core::Result<bool> RepsSeeTeamRanking(app::UnitOfWork& uow) {
  SD_ASSIGN(auto rows, app::ReadAll(uow, Spec("appraisal-settings"), {}, 1));
  return !rows.empty() && app::TextOf(rows.front(), "reps_see") == "team_ranking";
}

bool IsSalesRole(app::Role r) {
  return r == app::Role::kRep || r == app::Role::kManager || r == app::Role::kSeniorManager;
}

// Active people in the sales roles among `users`, by name.
std::vector<TeamMember> SalesPeople(const std::vector<Record>& users) {
  std::vector<TeamMember> out;
  for (const Record& u : users) {
    const auto role = app::ParseRole(app::TextOf(u, "role"));
    if (!role || !IsSalesRole(*role) || !app::BoolOf(u, "active", true)) continue;
    out.push_back({app::RecordId(u), app::TextOf(u, "name"), *role, std::nullopt, "none",
                   app::IntOf(u, "team_id")});
  }
  std::sort(out.begin(), out.end(), [](const TeamMember& a, const TeamMember& b) {
    return a.name != b.name ? a.name < b.name : a.user_id < b.user_id;
  });
  return out;
}

// The people whose cards `caller` sees (their visibility of appraisal-cards).
core::Result<std::vector<TeamMember>> VisiblePeople(app::UnitOfWork& uow,
                                                    const app::Caller& caller) {
  SD_ASSIGN(auto visibility, app::VisibilityFor(uow, caller, Spec("appraisal-cards")));
  std::vector<Filter> filters;
  if (!visibility.all) {
    std::vector<app::FieldValue> ids(visibility.owner_ids.begin(), visibility.owner_ids.end());
    if (ids.empty()) return std::vector<TeamMember>{};
    filters.push_back({"id", FilterOp::kIn, ids});
  }
  SD_ASSIGN(auto users, app::ReadAll(uow, Spec("users"), filters));
  return SalesPeople(users);
}

// A rep's team for the ranking: the active reps of their team (only themselves without one).
core::Result<std::vector<TeamMember>> RepsTeam(app::UnitOfWork& uow, const app::Caller& caller) {
  SD_ASSIGN(auto me, uow.Get(Spec("users"), caller.user_id, app::Visibility::All()));
  const auto team = me ? app::IntOf(*me, "team_id") : std::nullopt;
  std::vector<Filter> filters = {{"id", FilterOp::kEq, {caller.user_id}}};
  if (team) filters = {{"team_id", FilterOp::kEq, {*team}}};
  SD_ASSIGN(auto users, app::ReadAll(uow, Spec("users"), filters));
  return SalesPeople(users);
}

std::optional<std::int64_t> ValueOf(const Scorecard& figures, const Metric& metric) {
  if (!metric.item) return figures.score_bp;
  for (const ScorecardRow& row : figures.rows) {
    if (row.item == *metric.item) return row.attainment_bp;
  }
  return std::nullopt;
}

// The team list and the roll-up are a leader's: a rep is refused before anything is read.
core::Result<void> LeadersOnly(const app::Caller& caller) {
  if (caller.is_system() || caller.role != app::Role::kRep) return core::Ok();
  return Error::Make(core::ErrorCode::kForbidden,
                     core::Msg("access.may_not_read",
                               {{"role", std::string("rep")}, {"plural", std::string("teams")}}));
}

ca::RepMonth RepMonthOf(const Scorecard& figures, std::optional<std::int64_t> team,
                        std::string state) {
  ca::RepMonth r{team, figures.score_bp, figures.planned_target, figures.actual_sales,
                 {},   std::move(state)};
  for (const ScorecardRow& row : figures.rows) r.attainment_bp[row.item] = row.attainment_bp;
  return r;
}

}  // namespace

core::Result<Metric> ParseMetric(std::string_view text) {
  if (text == "score") return Metric{std::string(text), std::nullopt};
  if (text == "attainment_revenue") {
    return Metric{std::string(text), ca::Item::kSalesAttainment};
  }
  constexpr std::string_view kPrefix = "attainment_";
  if (text.starts_with(kPrefix)) {
    if (auto item = ca::ParseItem(text.substr(kPrefix.size()))) {
      return Metric{std::string(text), *item};
    }
  }
  return Error::Invalid("metric", core::Msg("appraisal.metric_unknown"));
}

std::string CardState(const std::optional<Record>& card) {
  if (!card) return "none";
  if (app::TextOf(*card, "status") == "signed") {
    return app::IntOf(*card, "acknowledged_at") ? "acknowledged" : "signed";
  }
  return app::IntOf(*card, "conduct_rating") ? "rated" : "draft";
}

core::Result<std::vector<TeamMember>> TeamBoardService::Team(const app::Caller& caller,
                                                             ca::Month month) {
  SD_TRY(LeadersOnly(caller));
  SD_ASSIGN(auto uow, store_.Read());
  SD_ASSIGN(auto people, VisiblePeople(*uow, caller));
  std::erase_if(people, [&](const TeamMember& m) { return m.user_id == caller.user_id; });
  for (TeamMember& m : people) {
    SD_ASSIGN(m.card, CardOf(*uow, caller, m.user_id, month));
    m.state = CardState(m.card);
  }
  return people;
}

core::Result<Leaderboard> TeamBoardService::Rank(const app::Caller& caller, ca::Month month,
                                                 const Metric& metric) {
  SD_ASSIGN(auto uow, store_.Read());
  // Who is ranked: a leader's visible reps; a rep's team (read here for the rank only).
  const bool rep = !caller.is_system() && caller.role == app::Role::kRep;
  std::vector<TeamMember> people;
  if (rep) {
    SD_ASSIGN(people, RepsTeam(*uow, caller));
  } else {
    SD_ASSIGN(people, VisiblePeople(*uow, caller));
  }
  std::erase_if(people, [](const TeamMember& m) { return m.role != app::Role::kRep; });
  std::vector<BoardEntry> entries;
  std::vector<std::optional<std::int64_t>> values;
  ScorecardReads reads;
  for (const TeamMember& m : people) {
    SD_ASSIGN(auto card, CardOf(*uow, app::Caller::System(), m.user_id, month));
    SD_ASSIGN(Scorecard figures,
              scorecards_.FiguresOf(*uow, Subject{m.user_id, m.role}, month, card, &reads));
    values.push_back(ValueOf(figures, metric));
    entries.push_back({m.user_id, m.name, std::nullopt, values.back(),
                       card && app::TextOf(*card, "status") == "signed"});
  }
  const auto ranks = ca::CompetitionRanks(values);
  for (std::size_t i = 0; i < entries.size(); ++i) entries[i].rank = ranks[i];
  std::stable_sort(entries.begin(), entries.end(), [](const BoardEntry& a, const BoardEntry& b) {
    return a.rank.value_or(INT32_MAX) < b.rank.value_or(INT32_MAX);
  });
  Leaderboard board;
  board.team_size = static_cast<std::int64_t>(entries.size());
  board.names_shown = true;
  if (rep) {
    // Decision 0053: a rep learns where they stand, not how the others did; unless the company
    // chose to show reps their team's ranking (decision 0069).
    SD_ASSIGN(board.names_shown, RepsSeeTeamRanking(*uow));
    if (!board.names_shown) {
      std::erase_if(entries, [&](const BoardEntry& e) { return e.user_id != caller.user_id; });
    }
  }
  board.entries = std::move(entries);
  return board;
}

}  // namespace salesdesk::modules::appraisal

namespace salesdesk::modules::appraisal {

core::Result<TeamRollUp> TeamBoardService::RollUp(const app::Caller& caller, ca::Month month) {
  SD_TRY(LeadersOnly(caller));
  SD_ASSIGN(auto uow, store_.Read());
  SD_ASSIGN(auto people, VisiblePeople(*uow, caller));
  std::erase_if(people, [](const TeamMember& m) { return m.role != app::Role::kRep; });
  TeamRollUp out;
  SD_ASSIGN(const app::CompanyCalendar company, app::LoadCompanyCalendar(*uow));
  out.currency = company.base_currency;
  std::vector<ca::RepMonth> reps;
  ScorecardReads reads;
  for (const TeamMember& m : people) {
    SD_ASSIGN(auto card, CardOf(*uow, app::Caller::System(), m.user_id, month));
    SD_ASSIGN(Scorecard figures,
              scorecards_.FiguresOf(*uow, Subject{m.user_id, m.role}, month, card, &reads));
    reps.push_back(RepMonthOf(figures, m.team_id, CardState(card)));
  }
  ca::RollUp rolled = ca::RollUpTeams(reps);
  out.total = std::move(rolled.total);
  // Team and leader names: the team structure is everyone's to read (teams, users).
  for (ca::TeamMonth& t : rolled.teams) {
    TeamRollUpLine line{"", "", std::move(t)};
    if (line.figures.team_id) {
      SD_ASSIGN(auto team, uow->Get(Spec("teams"), *line.figures.team_id, app::Visibility::All()));
      if (team) {
        line.team_name = app::TextOf(*team, "name");
        if (auto leader = app::IntOf(*team, "leader_id")) {
          SD_ASSIGN(auto user, uow->Get(Spec("users"), *leader, app::Visibility::All()));
          if (user) line.leader_name = app::TextOf(*user, "name");
        }
      }
    }
    out.teams.push_back(std::move(line));
  }
  std::stable_sort(out.teams.begin(), out.teams.end(),
                   [](const TeamRollUpLine& a, const TeamRollUpLine& b) {
                     const bool a_none = !a.figures.team_id, b_none = !b.figures.team_id;
                     if (a_none != b_none) return b_none;
                     return a.team_name < b.team_name;
                   });
  return out;
}

}  // namespace salesdesk::modules::appraisal
