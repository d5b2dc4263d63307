// GET /api/v1/pipelines/{id}/board[?limit=N&closed_days=D] (modules/pipeline/app/board_service.h);
// the win/loss analysis in win_loss_routes.cpp, a deal's credit split and products in
// deal_split_route.cpp and deal_lines_route.cpp.
#include <charconv>

#include "app/access/access_policy.h"
#include "app/records/record_json.h"
#include "http/error_response.h"
#include "http/json_response.h"
#include "http/openapi_schema_helpers.h"
#include "http/query_string.h"
#include "modules/pipeline/app/board_service.h"
#include "modules/pipeline/http/deal_lines_route.h"
#include "modules/pipeline/http/deal_split_route.h"
#include "modules/pipeline/http/pipeline_http_module.h"
#include "modules/pipeline/http/win_loss_routes.h"

namespace salesdesk::http {
namespace {

namespace json = boost::json;
using core::Error;
namespace board = app::pipeline;

constexpr int kDefaultLimit = 50;
constexpr int kMaxLimit = 200;
// Won and lost deals of the last quarter: what a sales meeting looks back on.
constexpr int kDefaultClosedDays = 90;
constexpr int kMaxClosedDays = 3660;

struct BoardQuery {
  int limit = kDefaultLimit;
  int closed_days = kDefaultClosedDays;
};

core::Result<BoardQuery> DecodeBoardQuery(const Request& request) {
  SD_ASSIGN(QueryParams params, ParseQueryString(request.query));
  BoardQuery q;
  for (const auto& [name, value] : params) {
    if (name != "limit" && name != "closed_days") {
      return Error::Invalid("query." + name,
                            core::Msg("pipeline.board_parameter", {{"name", name}}));
    }
    const bool is_limit = name == "limit";
    const int max = is_limit ? kMaxLimit : kMaxClosedDays;
    int n = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (ec != std::errc{} || end != value.data() + value.size() || n < (is_limit ? 1 : 0) ||
        n > max) {
      return Error::Invalid(
          "query." + name,
          is_limit ? core::Msg("pipeline.board_limit")
                   : core::Msg("field.out_of_range", {{"field", "closed_days"},
                                                      {"min", "0"},
                                                      {"max", std::to_string(kMaxClosedDays)}}));
    }
    (is_limit ? q.limit : q.closed_days) = n;
  }
  return q;
}

json::value MoneyJson(const core::Money& m) {
  return json::object{{"amount", core::FormatAmount(m)}, {"currency", m.currency.code()}};
}

json::value OrNull(const std::optional<std::string>& s) {
  return s ? json::value(*s) : json::value(nullptr);
}

json::object CardJson(const board::BoardCard& card, const app::EntitySpec& deals, bool cost) {
  return {{"opportunity", app::RecordToJson(deals, card.record, cost)},
          {"days_in_stage", card.days_in_stage},
          {"rotting", card.rotting},
          {"converted", card.converted ? MoneyJson(*card.converted) : json::value(nullptr)},
          {"rate", OrNull(card.rate)},
          {"rate_date", OrNull(card.rate_date)}};
}

json::object ColumnJson(const board::BoardColumn& column, bool cost) {
  const app::EntitySpec& stages = *app::FindEntity("pipeline-stages");
  const app::EntitySpec& deals = *app::FindEntity("opportunities");
  json::array cards;
  for (const auto& card : column.cards) cards.push_back(CardJson(card, deals, cost));
  json::array unconverted;
  for (const auto& [code, money] : column.sum.unconverted) unconverted.push_back(MoneyJson(money));
  return {{"stage", app::RecordToJson(stages, column.stage, cost)},
          {"count", column.count},
          {"cards", std::move(cards)},
          {"total", MoneyJson(column.sum.total)},
          {"converted_count", column.sum.converted_count},
          {"unconverted", std::move(unconverted)},
          {"first_rate_date", OrNull(column.first_rate_date)},
          {"last_rate_date", OrNull(column.last_rate_date)}};
}

void AddRoutes(ModuleHost& host) {
  app::Store* store = &host.store();
  const core::Clock* clock = &host.clock();
  const app::EntitySpec* pipelines = app::FindEntity("pipelines");
  host.Add({"GET", "/api/v1/pipelines/{id}/board", "get_pipeline_board",
            "The board of a pipeline: a column per stage with the opportunities you may see "
            "(the first `limit` of each, soonest close first; count tells how many; won and "
            "lost deals closed in the last `closed_days` days, default 90), totals in "
            "the company currency at the rate of each deal's close date, deals of currencies "
            "without a rate summed apart (unconverted)",
            std::string(pipelines->title), true, RouteKind::kCustom, nullptr, "", "PipelineBoard",
            200, [store, clock](RouteContext& c) {
              auto query = DecodeBoardQuery(c.request);
              if (!query.ok()) return ErrorToResponse(query.error());
              auto read = board::ReadBoard(*store, *clock, *c.caller, c.ids[0], query->limit,
                                           query->closed_days);
              if (!read.ok()) return ErrorToResponse(read.error());
              const bool cost = app::SeesCost(*c.caller);
              json::array columns;
              for (const auto& column : read->columns) columns.push_back(ColumnJson(column, cost));
              json::object body{{"pipeline", app::RecordToJson(*app::FindEntity("pipelines"),
                                                               read->pipeline, cost)},
                                {"currency", read->currency},
                                {"as_of", read->as_of},
                                {"closed_since", read->closed_since},
                                {"columns", std::move(columns)}};
              return JsonResponse(200, body);
            }});
  pipeline::AddWinLossRoutes(host);
  pipeline::AddDealSplitRoute(host);
  pipeline::AddDealLinesRoute(host);
}

void AddSchemas(json::object& schemas) {
  using schema::Ref;
  const json::object money_or_null = schema::OrNull(Ref("Money"));
  const json::object date_or_null = schema::OrNull({{"type", "string"}, {"format", "date"}});
  const json::object text_or_null = schema::OrNull({{"type", "string"}});
  schemas["PipelineBoardCard"] = {
      {"type", "object"},
      {"required",
       json::array{"opportunity", "days_in_stage", "rotting", "converted", "rate", "rate_date"}},
      {"properties",
       {{"opportunity", Ref("Opportunity")},
        {"days_in_stage", {{"type", "integer"}, {"description", "Whole days in its stage"}}},
        {"rotting",
         {{"type", "boolean"},
          {"description", "Longer in an open stage than the stage's rotting_days"}}},
        {"converted", money_or_null},
        {"rate", text_or_null},
        {"rate_date", date_or_null}}}};
  schemas["PipelineBoardColumn"] = {
      {"type", "object"},
      {"required", json::array{"stage", "count", "cards", "total", "converted_count", "unconverted",
                               "first_rate_date", "last_rate_date"}},
      {"properties",
       {{"stage", Ref("PipelineStage")},
        {"count", {{"type", "integer"}}},
        {"cards", {{"type", "array"}, {"items", Ref("PipelineBoardCard")}}},
        {"total", Ref("Money")},
        {"converted_count", {{"type", "integer"}}},
        {"unconverted",
         {{"type", "array"},
          {"items", Ref("Money")},
          {"description", "Per currency without a rate on the close dates: never in total"}}},
        {"first_rate_date", date_or_null},
        {"last_rate_date", date_or_null}}}};
  schemas["PipelineBoard"] = {
      {"type", "object"},
      {"required", json::array{"pipeline", "currency", "as_of", "closed_since", "columns"}},
      {"properties",
       {{"pipeline", Ref("Pipeline")},
        {"currency", {{"type", "string"}}},
        {"as_of", {{"type", "string"}, {"format", "date"}}},
        {"closed_since",
         {{"type", "string"},
          {"format", "date"},
          {"description", "Won and lost deals closed on or after this day are on the board"}}},
        {"columns", {{"type", "array"}, {"items", Ref("PipelineBoardColumn")}}}}}};
  pipeline::AddWinLossSchemas(schemas);
  pipeline::AddDealLinesSchemas(schemas);
}

}  // namespace
}  // namespace salesdesk::http

namespace salesdesk::modules::pipeline {

const http::HttpModule& HttpPart() {
  static const http::HttpModule kModule{
      .name = "pipeline", .add_routes = http::AddRoutes, .add_schemas = http::AddSchemas};
  return kModule;
}

}  // namespace salesdesk::modules::pipeline
