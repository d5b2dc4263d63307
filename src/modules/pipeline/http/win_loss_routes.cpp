#include "modules/pipeline/http/win_loss_routes.h"

#include "http/error_response.h"
#include "http/json_response.h"
#include "http/openapi_schema_helpers.h"
#include "http/query_string.h"
#include "modules/pipeline/app/win_loss_service.h"

namespace salesdesk::http::pipeline {
namespace {

namespace json = boost::json;
using core::Error;
namespace rules = core::pipeline;

struct WinLossQuery {
  std::optional<core::Date> from, to;
  std::string group = "owner";
};

core::Result<WinLossQuery> DecodeQuery(const Request& request) {
  SD_ASSIGN(QueryParams params, ParseQueryString(request.query));
  WinLossQuery q;
  for (const auto& [name, value] : params) {
    if (name == "from" || name == "to") {
      auto day = core::ParseDate(value);
      if (!day.ok()) return Error::Invalid("query." + name, day.error());
      (name == "from" ? q.from : q.to) = *day;
    } else if (name == "group") {
      if (!app::pipeline::IsWinLossGroup(value)) {
        return Error::Invalid("query.group", core::Msg("pipeline.win_loss_group"));
      }
      q.group = value;
    } else {
      return Error::Invalid("query." + name,
                            core::Msg("pipeline.win_loss_parameter", {{"name", name}}));
    }
  }
  return q;
}

json::value MoneyJson(const core::Money& m) {
  return json::object{{"amount", core::FormatAmount(m)}, {"currency", m.currency.code()}};
}

json::array Unconverted(const rules::ColumnSum& sum) {
  json::array out;
  for (const auto& [code, money] : sum.unconverted) out.push_back(MoneyJson(money));
  return out;
}

json::value Bp(const std::optional<std::int64_t>& bp) {
  return bp ? json::value(*bp) : json::value(nullptr);
}

json::object CellJson(const rules::WinLossCell& cell) {
  return {{"won_count", cell.won_count},
          {"lost_count", cell.lost_count},
          {"won", MoneyJson(cell.won.total)},
          {"lost", MoneyJson(cell.lost.total)},
          {"won_unconverted", Unconverted(cell.won)},
          {"lost_unconverted", Unconverted(cell.lost)},
          {"count_bp", Bp(cell.count_bp)},
          {"amount_bp", Bp(cell.amount_bp)}};
}

json::object ReportJson(const app::pipeline::WinLossReport& r) {
  json::array rows;
  for (const auto& row : r.analysis.rows) {
    json::object o = CellJson(row.cell);
    o["key"] = row.key;
    auto label = r.labels.find(row.key);
    o["label"] = label == r.labels.end() ? json::value(nullptr) : json::value(label->second);
    rows.push_back(std::move(o));
  }
  json::array reasons;
  for (const auto& reason : r.analysis.lost_reasons) {
    reasons.push_back(json::object{{"reason", reason.reason},
                                   {"count", reason.count},
                                   {"amount", MoneyJson(reason.sum.total)},
                                   {"unconverted", Unconverted(reason.sum)}});
  }
  return {{"group", r.group},
          {"from", r.from.ToString()},
          {"to", r.to.ToString()},
          {"currency", r.analysis.total.won.total.currency.code()},
          {"rows", std::move(rows)},
          {"total", CellJson(r.analysis.total)},
          {"lost_reasons", std::move(reasons)}};
}

}  // namespace

void AddWinLossRoutes(ModuleHost& host) {
  app::Store* store = &host.store();
  const core::Clock* clock = &host.clock();
  host.Add({"GET", "/api/v1/pipeline/win-loss", "get_win_loss",
            "Win/loss analysis of the opportunities you may see that closed from `from` to `to` "
            "(default: the year to today), grouped by owner, competitor met (a deal met by two "
            "competitors counts against each), source (lead, campaign, event, direct) or "
            "pipeline: won and lost counts and values, the win rate by count and by value in "
            "basis points, and the lost deals by reason. Values in the company currency at each "
            "deal's close-day rate; currencies without a rate are listed apart, never added",
            "Pipeline", true, RouteKind::kCustom, nullptr, "", "WinLoss", 200,
            [store, clock](RouteContext& c) {
              auto query = DecodeQuery(c.request);
              if (!query.ok()) return ErrorToResponse(query.error());
              auto report = app::pipeline::ReadWinLoss(*store, *clock, *c.caller, query->from,
                                                       query->to, query->group);
              if (!report.ok()) return ErrorToResponse(report.error());
              return JsonResponse(200, ReportJson(*report));
            }});
}

void AddWinLossSchemas(json::object& schemas) {
  using schema::Ref;
  const json::object bp =
      schema::OrNull({{"type", "integer"},
                      {"description", "won ÷ (won + lost) in basis points; null: none closed"}});
  const json::object monies{{"type", "array"}, {"items", Ref("Money")}};
  json::object cell_props{{"won_count", {{"type", "integer"}}},
                          {"lost_count", {{"type", "integer"}}},
                          {"won", Ref("Money")},
                          {"lost", Ref("Money")},
                          {"won_unconverted", monies},
                          {"lost_unconverted", monies},
                          {"count_bp", bp},
                          {"amount_bp", bp}};
  const json::array cell_required{"won_count",       "lost_count",       "won",      "lost",
                                  "won_unconverted", "lost_unconverted", "count_bp", "amount_bp"};
  schemas["WinLossCell"] = {
      {"type", "object"}, {"required", cell_required}, {"properties", cell_props}};
  json::object row_props = cell_props;
  row_props["key"] = {
      {"type", "string"},
      {"description", "The owner's, competitor's or pipeline's id, the source, or none"}};
  row_props["label"] = schema::OrNull({{"type", "string"}});
  json::array row_required = cell_required;
  row_required.push_back("key");
  row_required.push_back("label");
  schemas["WinLossRow"] = {{"type", "object"},
                           {"required", std::move(row_required)},
                           {"properties", std::move(row_props)}};
  schemas["WinLossReason"] = {
      {"type", "object"},
      {"required", json::array{"reason", "count", "amount", "unconverted"}},
      {"properties",
       {{"reason", {{"type", "string"}, {"description", "A lost_reason, or unstated"}}},
        {"count", {{"type", "integer"}}},
        {"amount", Ref("Money")},
        {"unconverted", monies}}}};
  schemas["WinLoss"] = {
      {"type", "object"},
      {"required", json::array{"group", "from", "to", "currency", "rows", "total", "lost_reasons"}},
      {"properties",
       {{"group",
         {{"type", "string"}, {"enum", json::array{"owner", "competitor", "source", "pipeline"}}}},
        {"from", {{"type", "string"}, {"format", "date"}}},
        {"to", {{"type", "string"}, {"format", "date"}}},
        {"currency", {{"type", "string"}}},
        {"rows", {{"type", "array"}, {"items", Ref("WinLossRow")}}},
        {"total", Ref("WinLossCell")},
        {"lost_reasons", {{"type", "array"}, {"items", Ref("WinLossReason")}}}}}};
}

}  // namespace salesdesk::http::pipeline
