#include "modules/forecasts/http/forecasts_http_module.h"

#include "http/openapi_schema_helpers.h"

namespace salesdesk::http {
namespace {

namespace json = boost::json;

json::object Int(const char* description) {
  return {{"type", "integer"}, {"description", description}};
}
json::object IntOrNull(const char* description) {
  json::object o = schema::OrNull({{"type", "integer"}});
  o["description"] = description;
  return o;
}

json::object Totals() {
  return {{"type", "object"},
          {"required", json::array{"closed", "commit", "best_case", "open_pipeline"}},
          {"properties",
           {{"closed", Int("Closed (won)")},
            {"commit", Int("Commit forecast: Commit + Closed")},
            {"best_case", Int("Best Case forecast: Best Case + Commit + Closed")},
            {"open_pipeline", Int("Open Pipeline: Pipeline + Best Case + Commit")}}}};
}

json::object AccuracyFigures() {
  return {{"type", "object"},
          {"properties",
           {{"periods", Int("Months asked about")},
            {"forecast_periods", Int("Of them, months with a snapshot (the others left out)")},
            {"bias_bp", IntOrNull("Σ(F − A)/ΣA: positive = over-forecast; null when ΣA ≤ 0")},
            {"wape_bp", IntOrNull("Σ|F − A|/ΣA")},
            {"accuracy_bp", IntOrNull("1 − WAPE")},
            {"mape_bp", IntOrNull("Mean |F − A|/|A| over months with A ≠ 0")},
            {"mape_periods", Int("Months MAPE is over")}}}};
}

}  // namespace

void AddForecastsSchemas(json::object& schemas) {
  using schema::Ref;
  schemas["ForecastTotals"] = Totals();
  // The record as stored (the generic routes' schema, built before the modules' schemas) and
  // what the grid reads of it today.
  json::object grid_adjustment = schema::With(
      schemas.at("ForecastAdjustment").as_object(),
      {{"author_name", {{"type", "string"}}},
       {"by_owner",
        {{"type", "boolean"}, {"description", "Made by the person of their own number"}}},
       {"current_basis",
        {{"type", "integer"}, {"description", "The computed value it now replaces"}}},
       {"stale",
        {{"type", "boolean"}, {"description", "The computed value moved since (RULES D)"}}},
       {"commit_above_best_case", {{"type", "boolean"}}}});
  json::array& required = grid_adjustment["required"].emplace_array();
  if (const auto* base = schemas.at("ForecastAdjustment").as_object().if_contains("required")) {
    for (const json::value& r : base->as_array()) required.push_back(r);
  }
  for (const char* r :
       {"author_name", "by_owner", "current_basis", "stale", "commit_above_best_case"}) {
    required.push_back(r);
  }
  schemas["ForecastGridAdjustment"] = std::move(grid_adjustment);
  schemas["ForecastGridPerson"] = {
      {"type", "object"},
      {"required", json::array{"user_id", "name", "role", "manager_id", "own", "raw", "view",
                               "seen_by_manager", "adjustments"}},
      {"properties",
       {{"user_id", {{"type", "integer"}}},
        {"name", {{"type", "string"}}},
        {"role", {{"type", "string"}}},
        {"manager_id", schema::OrNull({{"type", "integer"}})},
        {"own", Ref("ForecastTotals")},
        {"raw", Ref("ForecastTotals")},
        {"view", Ref("ForecastTotals")},
        {"seen_by_manager", schema::OrNull(Ref("ForecastTotals"))},
        {"adjustments",
         {{"type", "array"},
          {"items", Ref("ForecastGridAdjustment")},
          {"description", "The adjustments in force on the person"}}}}}};
  schemas["ForecastGrid"] = {
      {"type", "object"},
      {"required",
       json::array{"period", "kind", "from", "to", "currency", "people", "missing_rates"}},
      {"properties",
       {{"period", {{"type", "string"}}},
        {"kind", {{"type", "string"}, {"enum", json::array{"month", "quarter"}}}},
        {"from", {{"type", "string"}, {"format", "date"}}},
        {"to", {{"type", "string"}, {"format", "date"}}},
        {"currency", {{"type", "string"}}},
        {"people", {{"type", "array"}, {"items", Ref("ForecastGridPerson")}}},
        {"missing_rates",
         {{"type", "array"},
          {"description", "Deals left out: no rate of their currency on their close date"},
          {"items", {{"type", "object"}}}}}}}};
  schemas["ForecastAdjustmentRequest"] = {
      {"type", "object"},
      {"additionalProperties", false},
      {"required", json::array{"person", "period", "category", "value", "reason"}},
      {"properties",
       {{"person", {{"type", "integer"}}},
        {"period", {{"type", "string"}, {"example", "2026-12"}}},
        {"category",
         {{"type", "string"}, {"enum", json::array{"commit", "best_case", "open_pipeline"}}}},
        {"value", Int("Minor units of the company currency, ≥ 0")},
        {"reason", {{"type", "string"}, {"maxLength", 500}}}}}};
  schemas["ForecastAdjustmentHistory"] = {
      {"type", "object"},
      {"required", json::array{"items"}},
      {"properties", {{"items", {{"type", "array"}, {"items", Ref("ForecastAdjustment")}}}}}};
  schemas["ForecastAccuracyFigures"] = AccuracyFigures();
  schemas["ForecastAccuracy"] = {
      {"type", "object"},
      {"properties",
       {{"person", {{"type", "integer"}}},
        {"name", {{"type", "string"}}},
        {"manager", {{"type", "boolean"}}},
        {"currency", {{"type", "string"}}},
        {"lag_week", Int("Which weekly snapshot of the month holds its forecast")},
        {"accuracy", Ref("ForecastAccuracyFigures")},
        {"raw_accuracy", schema::OrNull(Ref("ForecastAccuracyFigures"))},
        {"adjustment_value_add_bp", IntOrNull("WAPE(raw) − WAPE(view): positive = helped")},
        {"trend", {{"type", "array"}, {"items", {{"type", "object"}}}}}}}};
  schemas["StatisticalForecast"] = {
      {"type", "object"},
      {"required", json::array{"scope", "id", "measure", "history", "season", "chosen", "backtest",
                               "forecast"}},
      {"properties",
       {{"scope", {{"type", "string"}}},
        {"id", {{"type", "integer"}}},
        {"measure", {{"type", "string"}, {"enum", json::array{"revenue", "quantity"}}}},
        {"currency", schema::OrNull({{"type", "string"}})},
        {"history", {{"type", "array"}, {"items", {{"type", "object"}}}}},
        {"season",
         {{"type", "array"},
          {"description", "Per calendar month: mean and peak / off_peak / normal"},
          {"items", {{"type", "object"}}}}},
        {"chosen", {{"type", "string"}}},
        {"backtest", {{"type", "object"}}},
        {"forecast", {{"type", "array"}, {"items", {{"type", "object"}}}}}}}};
}

}  // namespace salesdesk::http

namespace salesdesk::modules::forecasts {

const http::HttpModule& HttpPart() {
  static const http::HttpModule kModule{.name = "forecasts",
                                        .add_routes = http::AddForecastsRoutes,
                                        .add_schemas = http::AddForecastsSchemas};
  return kModule;
}

}  // namespace salesdesk::modules::forecasts
