// GET /appraisals/team?month= (a leader's people and their cards' states),
// GET /appraisals/leaderboard?month=&metric= (the visible reps ranked; decision 0053) and
// GET /appraisals/roll-up?month= (the month per team; decision 0077).
#include <boost/json.hpp>

#include "app/access/access_policy.h"
#include "app/records/record_json.h"
#include "core/money/money.h"
#include "http/error_response.h"
#include "http/json_response.h"
#include "http/query_string.h"
#include "modules/appraisal/http/appraisal_http_module.h"

namespace salesdesk::http {
namespace {

namespace json = boost::json;
namespace appraisal = modules::appraisal;
namespace ca = core::appraisal;
using core::Error;

struct BoardQuery {
  ca::Month month;
  appraisal::Metric metric{"score", std::nullopt};
};

// month is required; metric (leaderboard only) defaults to the score.
core::Result<BoardQuery> DecodeBoardQuery(const Request& request, bool with_metric,
                                          const char* unknown_code) {
  SD_ASSIGN(QueryParams params, ParseQueryString(request.query));
  BoardQuery q;
  bool has_month = false;
  for (const auto& [name, value] : params) {
    if (name == "month") {
      SD_ASSIGN(q.month, ca::ParseMonth(value, "month"));
      has_month = true;
    } else if (name == "metric" && with_metric) {
      SD_ASSIGN(q.metric, appraisal::ParseMetric(value));
    } else {
      return Error::Invalid(name, core::Msg(unknown_code));
    }
  }
  if (!has_month) return Error::Invalid("month", core::Msg("field.required", {{"field", "month"}}));
  return q;
}

json::value CardJson(const std::optional<app::Record>& card, const app::Caller& caller) {
  if (!card) return nullptr;
  return app::RecordToJson(*app::FindEntity("appraisal-cards"), *card, app::SeesCost(caller));
}

json::value Bp(const std::optional<std::int64_t>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}

json::object MoneyJson(std::int64_t minor, const core::Currency& c) {
  return {{"amount", core::FormatAmount(core::Money{minor, c})}, {"currency", c.code()}};
}

json::object TeamMonthJson(const ca::TeamMonth& t, const std::string& name,
                           const std::string& leader, const core::Currency& c) {
  json::array items;
  for (const auto& [item, a] : t.items) {
    items.push_back(json::object{{"item", ca::ItemName(item)},
                                 {"count", a.count},
                                 {"mean_bp", Bp(a.mean_bp)},
                                 {"low_bp", Bp(a.low_bp)},
                                 {"high_bp", Bp(a.high_bp)}});
  }
  json::object states;
  for (const auto& [state, n] : t.states) states[state] = n;
  return {{"team_id", Bp(t.team_id)},
          {"team_name", name},
          {"leader_name", leader},
          {"reps", t.reps},
          {"score",
           {{"count", t.score.count},
            {"mean_bp", Bp(t.score.mean_bp)},
            {"low_bp", Bp(t.score.low_bp)},
            {"high_bp", Bp(t.score.high_bp)}}},
          {"planned_target", MoneyJson(t.planned_target, c)},
          {"actual_sales", MoneyJson(t.actual_sales, c)},
          {"actual_on_target", MoneyJson(t.actual_on_target, c)},
          {"sales_attainment_bp", Bp(t.sales_attainment_bp)},
          {"items", std::move(items)},
          {"states", std::move(states)}};
}

}  // namespace

void AddAppraisalBoardRoutes(ModuleHost& host, AppraisalServices& s) {
  host.Add({"GET", "/api/v1/appraisals/team", "get_appraisal_team",
            "The people whose cards the caller sees (a manager their team, a senior manager "
            "their sub-tree, the director all; not themselves) with the state of each one's card "
            "for ?month=YYYY-MM: none, draft, rated, signed or acknowledged",
            "Appraisal card", true, RouteKind::kCustom, nullptr, "", "AppraisalTeam", 200,
            [&s](RouteContext& c) {
              auto q = DecodeBoardQuery(c.request, false, "appraisal.team_param");
              if (!q.ok()) return ErrorToResponse(q.error());
              auto team = s.board.Team(*c.caller, q->month);
              if (!team.ok()) return ErrorToResponse(team.error());
              json::array people;
              for (const auto& m : *team) {
                people.push_back(json::object{{"user_id", m.user_id},
                                              {"name", m.name},
                                              {"role", app::RoleName(m.role)},
                                              {"state", m.state},
                                              {"card", CardJson(m.card, *c.caller)}});
              }
              return JsonResponse(
                  200, json::object{{"month", q->month.ToString()}, {"people", std::move(people)}});
            }});
  host.Add({"GET", "/api/v1/appraisals/leaderboard", "get_appraisal_leaderboard",
            "The visible reps ranked for ?month=YYYY-MM by ?metric= (score, the default; "
            "attainment_revenue; attainment_<item> of a scored row), frozen figures once signed, "
            "else live; ties share a rank, n/a is unranked. A rep gets their own rank and the "
            "size of their team, no colleague's name or figure",
            "Appraisal card", true, RouteKind::kCustom, nullptr, "", "AppraisalLeaderboard", 200,
            [&s](RouteContext& c) {
              auto q = DecodeBoardQuery(c.request, true, "appraisal.leaderboard_param");
              if (!q.ok()) return ErrorToResponse(q.error());
              auto board = s.board.Rank(*c.caller, q->month, q->metric);
              if (!board.ok()) return ErrorToResponse(board.error());
              json::array entries;
              for (const auto& e : board->entries) {
                entries.push_back(json::object{
                    {"user_id", e.user_id},
                    {"name", e.name},
                    {"rank", e.rank ? json::value(*e.rank) : json::value(nullptr)},
                    {"value_bp", e.value_bp ? json::value(*e.value_bp) : json::value(nullptr)},
                    {"frozen", e.frozen}});
              }
              return JsonResponse(200, json::object{{"month", q->month.ToString()},
                                                    {"metric", q->metric.name},
                                                    {"team_size", board->team_size},
                                                    {"names_shown", board->names_shown},
                                                    {"entries", std::move(entries)}});
            }});
  host.Add({"GET", "/api/v1/appraisals/roll-up", "get_appraisal_roll_up",
            "A month's appraisals per team (?month=YYYY-MM) of the reps the caller sees: reps, "
            "the average, lowest and highest score, planned target, actual sales and the team's "
            "sales attainment, each item's average and the cards by state; and the total. "
            "Managers, senior managers and the director (reps 403)",
            "Appraisal card", true, RouteKind::kCustom, nullptr, "", "AppraisalRollUp", 200,
            [&s](RouteContext& c) {
              auto q = DecodeBoardQuery(c.request, false, "appraisal.roll_up_param");
              if (!q.ok()) return ErrorToResponse(q.error());
              auto rolled = s.board.RollUp(*c.caller, q->month);
              if (!rolled.ok()) return ErrorToResponse(rolled.error());
              auto currency = core::ParseCurrency(rolled->currency);
              if (!currency.ok()) return ErrorToResponse(currency.error());
              json::array teams;
              for (const auto& t : rolled->teams) {
                teams.push_back(TeamMonthJson(t.figures, t.team_name, t.leader_name, *currency));
              }
              return JsonResponse(
                  200, json::object{{"month", q->month.ToString()},
                                    {"currency", rolled->currency},
                                    {"teams", std::move(teams)},
                                    {"total", TeamMonthJson(rolled->total, "", "", *currency)}});
            }});
}

}  // namespace salesdesk::http
