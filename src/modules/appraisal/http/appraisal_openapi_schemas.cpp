// The appraisal module's own bodies: opening a card, rating it, re-opening it, the scorecard,
// the team list and the leaderboard.
#include "http/openapi_schema_helpers.h"
#include "modules/appraisal/http/appraisal_http_module.h"

namespace salesdesk::http {
namespace json = boost::json;

void AddAppraisalSchemas(json::object& schemas) {
  const json::object id{{"type", "integer"}, {"minimum", 1}};
  const json::object month{{"type", "string"}, {"pattern", "^[0-9]{4}-[0-9]{2}$"}};
  const json::object date{{"type", "string"}, {"format", "date"}};
  const json::object integer{{"type", "integer"}};
  const json::object maybe_integer{{"type", json::array{"integer", "null"}}};
  const json::object money{
      {"type", "object"},
      {"required", json::array{"amount", "currency"}},
      {"properties", {{"amount", {{"type", "string"}}}, {"currency", {{"type", "string"}}}}}};
  json::object maybe_money = money;
  maybe_money["type"] = json::array{"object", "null"};
  schemas["AppraisalCardOpenRequest"] = {{"type", "object"},
                                         {"required", json::array{"user_id", "month"}},
                                         {"additionalProperties", false},
                                         {"properties", {{"user_id", id}, {"month", month}}}};
  schemas["AppraisalRatingRequest"] = {
      {"type", "object"},
      {"required", json::array{"conduct_rating"}},
      {"additionalProperties", false},
      {"properties",
       {{"conduct_rating", {{"type", "integer"}, {"minimum", 1}, {"maximum", 5}}},
        {"manager_comment", {{"type", json::array{"string", "null"}}, {"maxLength", 4000}}}}}};
  schemas["AppraisalScorecardRow"] = {
      {"type", "object"},
      {"required", json::array{"row", "item", "kind", "unit", "weight", "cap_bp", "actual",
                               "target", "attainment_bp", "not_applicable"}},
      {"properties",
       {{"row", integer},
        {"item", {{"type", "string"}}},
        {"kind",
         {{"type", "string"},
          {"enum", json::array{"higher_better", "rate", "lower_better", "rating", "growth"}}}},
        {"unit", {{"type", "string"}, {"enum", json::array{"minor", "count", "bp", "rating"}}}},
        {"weight", integer},
        {"cap_bp", integer},
        {"actual", maybe_integer},
        {"target", maybe_integer},
        {"attainment_bp", maybe_integer},
        {"not_applicable",
         {{"type", json::array{"string", "null"}},
          {"enum",
           json::array{"no_target", "no_base", "not_built", "not_rated", "none_due", nullptr}}}}}}};
  schemas["AppraisalFigures"] = {
      {"type", "object"},
      {"required",
       json::array{"user_id", "month", "evaluated_on", "base_currency", "planned_target",
                   "actual_sales", "last_year_sales", "growth_bp", "weeks", "rows", "score_bp"}},
      {"properties",
       {{"user_id", id},
        {"month", month},
        {"evaluated_on", date},
        {"base_currency", {{"type", "string"}}},
        {"planned_target", maybe_money},
        {"actual_sales", money},
        {"late_adjustment", maybe_money},
        {"last_year_sales", money},
        {"growth_bp", maybe_integer},
        {"weeks",
         {{"type", "object"},
          {"required", json::array{"from", "to", "count"}},
          {"properties", {{"from", date}, {"to", date}, {"count", integer}}}}},
        {"rows", {{"type", "array"}, {"items", schema::Ref("AppraisalScorecardRow")}}},
        {"score_bp", maybe_integer}}}};
  schemas["AppraisalScorecard"] = {
      {"type", "object"},
      {"description",
       "A rep's monthly scorecard (RULES.md B): live, or frozen once the card is signed"},
      {"required", json::array{"frozen", "card", "figures"}},
      {"properties",
       {{"frozen", {{"type", "boolean"}}},
        {"card", schema::OrNull(schema::Ref("AppraisalCard"))},
        {"figures", schema::Ref("AppraisalFigures")}}}};
  schemas["AppraisalHistoryMonth"] = {
      {"type", "object"},
      {"required", json::array{"month", "state", "frozen", "score_bp", "planned_target",
                               "actual_sales", "items"}},
      {"properties",
       {{"month", month},
        {"state",
         {{"type", "string"},
          {"enum", json::array{"none", "draft", "rated", "signed", "acknowledged"}}}},
        {"frozen", {{"type", "boolean"}}},
        {"score_bp", maybe_integer},
        {"planned_target", maybe_money},
        {"actual_sales", money},
        {"items",
         {{"type", "array"},
          {"items",
           {{"type", "object"},
            {"required", json::array{"item", "attainment_bp", "not_applicable"}},
            {"properties",
             {{"item", {{"type", "string"}}},
              {"attainment_bp", maybe_integer},
              {"not_applicable", {{"type", json::array{"string", "null"}}}}}}}}}}}}};
  schemas["AppraisalHistory"] = {
      {"type", "object"},
      {"description", "A person's last twelve appraisal months, oldest first"},
      {"required", json::array{"user_id", "months"}},
      {"properties",
       {{"user_id", id},
        {"months", {{"type", "array"}, {"items", schema::Ref("AppraisalHistoryMonth")}}}}}};
  schemas["AppraisalReopenRequest"] = {
      {"type", "object"},
      {"required", json::array{"reason"}},
      {"additionalProperties", false},
      {"properties", {{"reason", {{"type", "string"}, {"minLength", 1}, {"maxLength", 2000}}}}}};
  const json::object state{
      {"type", "string"},
      {"enum", json::array{"none", "draft", "rated", "signed", "acknowledged"}}};
  schemas["AppraisalTeamMember"] = {
      {"type", "object"},
      {"required", json::array{"user_id", "name", "role", "state", "card"}},
      {"properties",
       {{"user_id", id},
        {"name", {{"type", "string"}}},
        {"role", {{"type", "string"}}},
        {"state", state},
        {"card", schema::OrNull(schema::Ref("AppraisalCard"))}}}};
  const json::object average{
      {"type", "object"},
      {"description", "Over the reps whose figure applies (count); n/a drops out"},
      {"required", json::array{"count", "mean_bp", "low_bp", "high_bp"}},
      {"properties",
       {{"count", integer},
        {"mean_bp", maybe_integer},
        {"low_bp", maybe_integer},
        {"high_bp", maybe_integer}}}};
  json::object states{{"type", "object"}, {"required", json::array{}}, {"properties", {}}};
  for (const char* s : {"none", "draft", "rated", "signed", "acknowledged"}) {
    states["required"].as_array().push_back(json::string(s));
    states["properties"].as_object()[s] = integer;
  }
  schemas["AppraisalTeamMonth"] = {
      {"type", "object"},
      {"required",
       json::array{"team_id", "team_name", "leader_name", "reps", "score", "planned_target",
                   "actual_sales", "actual_on_target", "sales_attainment_bp", "items", "states"}},
      {"properties",
       {{"team_id", schema::OrNull(id)},
        {"team_name", {{"type", "string"}}},
        {"leader_name", {{"type", "string"}}},
        {"reps", integer},
        {"score", average},
        {"planned_target", money},
        {"actual_sales", money},
        {"actual_on_target", money},
        {"sales_attainment_bp", maybe_integer},
        {"items",
         {{"type", "array"},
          {"items",
           {{"type", "object"},
            {"required", json::array{"item", "count", "mean_bp", "low_bp", "high_bp"}},
            {"properties",
             {{"item", {{"type", "string"}}},
              {"count", integer},
              {"mean_bp", maybe_integer},
              {"low_bp", maybe_integer},
              {"high_bp", maybe_integer}}}}}}},
        {"states", states}}}};
  schemas["AppraisalRollUp"] = {
      {"type", "object"},
      {"description",
       "A month's appraisals per team of the reps the caller sees (decision 0077), and their "
       "total; each rep's figures frozen once signed, else live"},
      {"required", json::array{"month", "currency", "teams", "total"}},
      {"properties",
       {{"month", month},
        {"currency", {{"type", "string"}}},
        {"teams", {{"type", "array"}, {"items", schema::Ref("AppraisalTeamMonth")}}},
        {"total", schema::Ref("AppraisalTeamMonth")}}}};
  schemas["AppraisalTeam"] = {
      {"type", "object"},
      {"description", "The people whose cards the caller sees, with each card's state"},
      {"required", json::array{"month", "people"}},
      {"properties",
       {{"month", month},
        {"people", {{"type", "array"}, {"items", schema::Ref("AppraisalTeamMember")}}}}}};
  schemas["AppraisalLeaderboardEntry"] = {
      {"type", "object"},
      {"required", json::array{"user_id", "name", "rank", "value_bp", "frozen"}},
      {"properties",
       {{"user_id", id},
        {"name", {{"type", "string"}}},
        {"rank", maybe_integer},
        {"value_bp", maybe_integer},
        {"frozen", {{"type", "boolean"}}}}}};
  schemas["AppraisalLeaderboard"] = {
      {"type", "object"},
      {"description",
       "The visible reps ranked by the metric (ties share a rank; n/a unranked). A rep gets "
       "their own entry and the team's size only"},
      {"required", json::array{"month", "metric", "team_size", "names_shown", "entries"}},
      {"properties",
       {{"month", month},
        {"metric", {{"type", "string"}}},
        {"team_size", integer},
        {"names_shown", {{"type", "boolean"}}},
        {"entries", {{"type", "array"}, {"items", schema::Ref("AppraisalLeaderboardEntry")}}}}}};
}

}  // namespace salesdesk::http
