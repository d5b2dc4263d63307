// GET /forecasts/grid, POST /forecast-adjustments (and /{id}/withdraw), GET
// /forecasts/adjustments, /forecasts/accuracy and /forecasts/statistical (docs/forecasts.md).
// Figures are minor units of the company currency (`currency`); ratios basis points.
#include <boost/json.hpp>

#include <cmath>
#include <cstdio>

#include "app/access/access_policy.h"
#include "app/records/company_calendar.h"
#include "app/records/record_fields.h"
#include "app/records/record_json.h"
#include "http/error_response.h"
#include "http/idempotency_header.h"
#include "http/json_response.h"
#include "modules/forecasts/app/accuracy_service.h"
#include "modules/forecasts/app/adjustment_service.h"
#include "modules/forecasts/app/forecast_grid.h"
#include "modules/forecasts/app/statistical_service.h"
#include "modules/forecasts/app/withdraw_adjustment.h"
#include "modules/forecasts/http/forecasts_http_module.h"
#include "modules/forecasts/http/forecasts_query.h"

namespace salesdesk::http {
namespace {

namespace json = boost::json;
namespace mf = modules::forecasts;
namespace fc = core::forecasts;

json::value OrNull(const std::optional<std::int64_t>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}

json::object TotalsJson(const fc::Totals& t) {
  json::object o;
  for (fc::Column c : fc::kColumns) o[mf::CategoryName(c)] = t.at(c);
  return o;
}

const app::EntitySpec& Adjustments() { return *app::FindEntity("forecast-adjustments"); }

json::object GridJson(const mf::Grid& g, bool cost) {
  const fc::HierarchyForecast& f = g.forecast;
  json::array people;
  for (const auto& p : f.people) {
    json::array adjustments;
    for (const auto& state : f.adjustments) {
      const app::Record& a = g.adjustments[state.index];
      if (app::IntOf(a, "subject_id") != p.person) continue;
      json::object o = app::RecordToJson(Adjustments(), a, cost);
      const std::int64_t author = app::IntOf(a, "owner_id").value_or(0);
      o["author_name"] = g.tree.names.contains(author) ? g.tree.names.at(author) : "";
      o["by_owner"] = state.by_owner;
      o["current_basis"] = state.current_basis;
      o["stale"] = state.stale;
      o["commit_above_best_case"] = state.commit_above_best_case;
      adjustments.push_back(std::move(o));
    }
    const fc::ReportRow* row = p.manager != 0 ? f.Row(p.manager, p.person) : nullptr;
    people.push_back(json::object{
        {"user_id", p.person},
        {"name", g.tree.names.at(p.person)},
        {"role", g.tree.roles.at(p.person)},
        {"manager_id", p.manager == 0 ? json::value(nullptr) : json::value(p.manager)},
        {"own", TotalsJson(p.own)},
        {"raw", TotalsJson(p.raw)},
        {"view", TotalsJson(p.view)},
        {"seen_by_manager", row ? json::value(TotalsJson(row->seen)) : json::value(nullptr)},
        {"adjustments", std::move(adjustments)}});
  }
  json::array missing;
  for (const auto& m : g.missing_rates) {
    missing.push_back(
        {{"opportunity_id", m.opportunity}, {"currency", m.currency}, {"on", m.on.ToString()}});
  }
  return {{"period", fc::PeriodKey(g.period)},
          {"kind", g.period.kind == fc::PeriodKind::kMonth ? "month" : "quarter"},
          {"from", fc::FirstDay(g.period).ToString()},
          {"to", fc::LastDay(g.period).ToString()},
          {"currency", g.currency},
          {"people", std::move(people)},
          {"missing_rates", std::move(missing)}};
}

json::object AccuracyJson(const fc::Accuracy& a) {
  return {{"periods", a.periods},
          {"forecast_periods", a.forecast_periods},
          {"bias_bp", OrNull(a.bias_bp)},
          {"wape_bp", OrNull(a.wape_bp)},
          {"accuracy_bp", OrNull(a.accuracy_bp)},
          {"mape_bp", OrNull(a.mape_bp)},
          {"mape_periods", a.mape_periods}};
}

json::object AccuracyReportJson(const mf::AccuracyReport& r) {
  json::array trend;
  for (const auto& m : r.trend) {
    trend.push_back({{"month", m.month},
                     {"taken_on", m.taken_on ? json::value(*m.taken_on) : json::value(nullptr)},
                     {"forecast", OrNull(m.forecast)},
                     {"raw_forecast", OrNull(m.raw)},
                     {"actual", m.actual},
                     {"bias_bp", OrNull(m.figures.bias_bp)},
                     {"wape_bp", OrNull(m.figures.wape_bp)}});
  }
  json::object o{
      {"person", r.person},       {"name", r.name}, {"manager", r.manager},
      {"currency", r.currency},   {"lag_week", 1},  {"accuracy", AccuracyJson(r.accuracy.view)},
      {"trend", std::move(trend)}};
  o["raw_accuracy"] = r.manager ? json::value(AccuracyJson(r.accuracy.raw)) : json::value(nullptr);
  o["adjustment_value_add_bp"] =
      r.manager ? OrNull(r.accuracy.adjustment_value_add_bp) : json::value(nullptr);
  return o;
}

// The history of one cell's adjustments the caller may see, newest first.
core::Result<json::array> History(app::Store& store, const app::Caller& caller, std::int64_t person,
                                  const std::string& period, bool cost) {
  SD_ASSIGN(auto uow, store.Read());
  SD_ASSIGN(auto visibility, app::VisibilityFor(*uow, caller, Adjustments()));
  app::ListQuery q;
  q.filters = {{"subject_id", app::FilterOp::kEq, {person}},
               {"period", app::FilterOp::kEq, {period}}};
  q.sort_field = "id";
  q.sort_descending = true;
  q.limit = 1000;
  q.with_total = false;
  SD_ASSIGN(app::Page page, uow->List(Adjustments(), q, visibility));
  json::array out;
  for (const auto& a : page.items) out.push_back(app::RecordToJson(Adjustments(), a, cost));
  return out;
}

// Shown with 2 decimals (RULES.md 0.3: statistical figures are doubles, rounded for display).
json::value Shown(double v) { return std::round(v * 100) / 100; }
json::value Shown(const std::optional<double>& v) { return v ? Shown(*v) : json::value(nullptr); }

json::array Series(const std::vector<double>& values, int first_index) {
  json::array out;
  for (std::size_t i = 0; i < values.size(); ++i) {
    const int m = first_index + static_cast<int>(i);
    char key[16];
    std::snprintf(key, sizeof key, "%04d-%02d", m / 12, m % 12 + 1);
    out.push_back({{"month", key}, {"value", Shown(values[i])}});
  }
  return out;
}

json::object ModelJson(const fc::ModelBacktest& b, int holdout_first) {
  const auto& m = b.metrics;
  json::object o{
      {"method", b.method == fc::Method::kSeasonalNaive ? "seasonal_naive" : "holt_winters"},
      {"holdout_forecast", Series(b.holdout_forecast, holdout_first)},
      {"metrics",
       {{"me", Shown(m.me)},
        {"mae", Shown(m.mae)},
        {"rmse", Shown(m.rmse)},
        {"mape_pct", m.mape ? Shown(*m.mape * 100) : json::value(nullptr)},
        {"mape_periods", m.mape_periods},
        {"wape_pct", m.wape ? Shown(*m.wape * 100) : json::value(nullptr)},
        {"bias_pct", m.bias ? Shown(*m.bias * 100) : json::value(nullptr)},
        {"mase", Shown(m.mase)}}}};
  if (b.method == fc::Method::kHoltWinters) {
    o["params"] = {{"alpha", b.params.alpha}, {"beta", b.params.beta}, {"gamma", b.params.gamma}};
  }
  return o;
}

// Mean per calendar month over the history; a month 10 % above the overall mean is a peak, 10 %
// below an off-peak month.
json::array Season(const std::vector<double>& history, int first_index) {
  double sum[12] = {}, n[12] = {}, total = 0;
  for (std::size_t i = 0; i < history.size(); ++i) {
    const int month = (first_index + static_cast<int>(i)) % 12;
    sum[month] += history[i];
    n[month] += 1;
    total += history[i];
  }
  const double mean = history.empty() ? 0 : total / static_cast<double>(history.size());
  json::array out;
  for (int k = 0; k < 12; ++k) {
    const double m = n[k] > 0 ? sum[k] / n[k] : 0;
    const char* kind = mean > 0 && m > mean * 1.1   ? "peak"
                       : mean > 0 && m < mean * 0.9 ? "off_peak"
                                                    : "normal";
    out.push_back({{"month", k + 1}, {"mean", Shown(m)}, {"kind", kind}});
  }
  return out;
}

json::object StatisticalJson(const mf::StatisticalReport& r) {
  const int first =
      std::stoi(r.first_month.substr(0, 4)) * 12 + std::stoi(r.first_month.substr(5)) - 1;
  const int end = first + static_cast<int>(r.history.size());
  const fc::StatForecast& f = r.forecast;
  return {{"scope", r.scope},
          {"id", r.id},
          {"measure", r.measure},
          {"currency", r.currency.empty() ? json::value(nullptr) : json::value(r.currency)},
          {"history", Series(r.history, first)},
          {"season", Season(r.history, first)},
          {"chosen", f.chosen == fc::Method::kSeasonalNaive ? "seasonal_naive" : "holt_winters"},
          {"backtest",
           {{"holdout_months", fc::kHoldout},
            {"seasonal_naive", ModelJson(f.seasonal_naive, end - fc::kHoldout)},
            {"holt_winters", f.holt_winters
                                 ? json::value(ModelJson(*f.holt_winters, end - fc::kHoldout))
                                 : json::value(nullptr)}}},
          {"forecast", Series(f.forecast, end)}};
}

}  // namespace

void AddForecastsRoutes(ModuleHost& host) {
  app::Store* store = &host.store();
  const core::Clock* clock = &host.clock();
  host.Add({"GET", "/api/v1/forecasts/grid", "get_forecast_grid",
            "The live forecast of a month (?period=2026-12) or quarter (&kind=quarter, or "
            "period=2026-Q4) for your team (RULES.md D-R2, D-R3): per person their own deals, the "
            "raw roll-up, the view they submit and what their manager sees of them, each as "
            "closed, commit, best_case and open_pipeline in minor units of the company currency "
            "(each deal converted at the rate of its close date), with the adjustments in force, "
            "their basis today and whether they are stale. A rep sees their own row, a manager "
            "their team, the director (and finance) everyone. Without a period, the one holding "
            "today in the company's time zone",
            "Forecasts", true, RouteKind::kCustom, nullptr, "", "ForecastGrid", 200,
            [store, clock](RouteContext& c) {
              auto params = ForecastParams(c.request, {"period", "kind"});
              if (!params.ok()) return ErrorToResponse(params.error());
              std::optional<fc::PeriodKind> kind;
              if (auto k = params->find("kind"); k != params->end()) {
                if (k->second != "month" && k->second != "quarter") {
                  return ErrorToResponse(core::Error::Invalid(
                      "kind", core::Msg("field.not_in_enum",
                                        {{"field", "kind"}, {"values", "month, quarter"}})));
                }
                kind = k->second == "month" ? fc::PeriodKind::kMonth : fc::PeriodKind::kQuarter;
              }
              auto uow = store->Read();
              if (!uow.ok()) return ErrorToResponse(uow.error());
              // Without a period: the one holding the company's today (its time zone's day).
              const auto period = [&]() -> core::Result<fc::Period> {
                if (params->contains("period")) return mf::ParsePeriod(params->at("period"), kind);
                SD_ASSIGN(const core::Date today,
                          app::CompanyToday(**uow, clock->Now().micros_since_epoch()));
                return fc::PeriodOf(today, kind.value_or(fc::PeriodKind::kMonth));
              }();
              if (!period.ok()) return ErrorToResponse(period.error());
              auto grid = mf::ReadGrid(**uow, *c.caller, *period);
              if (!grid.ok()) return ErrorToResponse(grid.error());
              return JsonResponse(200, GridJson(*grid, app::SeesCost(*c.caller)));
            }});
  Route& adjust = host.Add(
      {"POST", "/api/v1/forecast-adjustments", "adjust_forecast",
       "Adjust one figure of a person's forecast (Idempotency-Key; RULES.md D-R3): person, "
       "period (2026-12 or 2026-Q4), category (commit, best_case or open_pipeline), value in "
       "minor units of the company currency and the reason. Only the person's direct manager, "
       "or the person for their own number, may; reps adjust nothing. Stored with the value it "
       "replaces; an earlier adjustment of the same cell by the same author is superseded",
       "Forecasts", true, RouteKind::kCustom, nullptr, "ForecastAdjustmentRequest",
       "ForecastAdjustment", 201, [store, clock](RouteContext& c) {
         auto may = app::CheckMayWrite(*c.caller, Adjustments());
         if (!may.ok()) return ErrorToResponse(may.error());
         auto in = mf::DecodeAdjustment(c.request.body);
         if (!in.ok()) return ErrorToResponse(in.error());
         const bool cost = app::SeesCost(*c.caller);
         return CreateOnce<app::Record>(
             c.request,
             [&](const app::Record& r) {
               return JsonResponse(201, app::RecordToJson(Adjustments(), r, cost));
             },
             [](const app::Record& r) {
               return "/api/v1/forecast-adjustments/" + std::to_string(app::RecordId(r));
             },
             [&](const app::IdempotencyRequest* key, const app::Renderer<app::Record>& render) {
               return mf::Adjust(*store, *clock, *c.caller, *in, key, render);
             });
       }});
  adjust.idempotent = true;
  host.Add({"POST", "/api/v1/forecast-adjustments/{id}/withdraw", "withdraw_forecast_adjustment",
            "Withdraw an adjustment in force (RULES.md D-R3): its author, or the author's direct "
            "manager, may. It is kept as history (status withdrawn, audited) and the cell falls "
            "back to the value beneath it; one already superseded or withdrawn is a conflict",
            "Forecasts", true, RouteKind::kCustom, nullptr, "", "ForecastAdjustment", 200,
            [store, clock](RouteContext& c) {
              auto withdrawn = mf::Withdraw(*store, *clock, *c.caller, c.ids[0]);
              if (!withdrawn.ok()) return ErrorToResponse(withdrawn.error());
              return JsonResponse(
                  200, app::RecordToJson(Adjustments(), *withdrawn, app::SeesCost(*c.caller)));
            }});
  host.Add({"GET", "/api/v1/forecasts/adjustments", "get_forecast_adjustment_history",
            "The history of the adjustments of one person's forecast for a period "
            "(?person=&period=), newest first, superseded ones included: those you may see (your "
            "own and your team's; never one made of you from above)",
            "Forecasts", true, RouteKind::kCustom, nullptr, "", "ForecastAdjustmentHistory", 200,
            [store](RouteContext& c) {
              auto params = ForecastParams(c.request, {"person", "period"});
              if (!params.ok()) return ErrorToResponse(params.error());
              for (const char* k : {"person", "period"}) {
                if (!params->contains(k)) {
                  return ErrorToResponse(
                      core::Error::Invalid(k, core::Msg("field.required", {{"field", k}})));
                }
              }
              auto person = IntParam("person", params->at("person"), 1, INT64_MAX);
              if (!person.ok()) return ErrorToResponse(person.error());
              auto period = mf::ParsePeriod(params->at("period"), std::nullopt);
              if (!period.ok()) return ErrorToResponse(period.error());
              auto items = History(*store, *c.caller, *person, fc::PeriodKey(*period),
                                   app::SeesCost(*c.caller));
              if (!items.ok()) return ErrorToResponse(items.error());
              return JsonResponse(200, json::object{{"items", std::move(*items)}});
            }});
  host.Add({"GET", "/api/v1/forecasts/accuracy", "get_forecast_accuracy",
            "How accurate a person's submitted Commit forecast was over the last ?months= whole "
            "months (default 12, at most 36; ?person= defaults to you): bias, WAPE, accuracy and "
            "MAPE in basis points (RULES.md D-R5) from the first weekly snapshot of each month "
            "against what was won in it, with the monthly trend; for a manager also the raw "
            "roll-up's figures and the adjustments' value-add",
            "Forecasts", true, RouteKind::kCustom, nullptr, "", "ForecastAccuracy", 200,
            [store, clock](RouteContext& c) {
              auto params = ForecastParams(c.request, {"person", "months"});
              if (!params.ok()) return ErrorToResponse(params.error());
              std::int64_t person = c.caller->user_id, months = 12;
              if (auto p = params->find("person"); p != params->end()) {
                auto v = IntParam("person", p->second, 1, INT64_MAX);
                if (!v.ok()) return ErrorToResponse(v.error());
                person = *v;
              }
              if (auto m = params->find("months"); m != params->end()) {
                auto v = IntParam("months", m->second, 1, 36);
                if (!v.ok()) return ErrorToResponse(v.error());
                months = *v;
              }
              auto report =
                  mf::ReadAccuracy(*store, *clock, *c.caller, person, static_cast<int>(months));
              if (!report.ok()) return ErrorToResponse(report.error());
              return JsonResponse(200, AccuracyReportJson(*report));
            }});
  host.Add({"GET", "/api/v1/forecasts/statistical", "get_statistical_forecast",
            "The statistical forecast of a monthly series from order history (RULES.md D-R6): "
            "?scope=rep|territory|product_group (revenue in minor units of the company currency) "
            "or product (quantity), &id= and &horizon= months (default 12, 1-120); a rep's or "
            "territory's revenue from won deals instead with &source=won_deals. Seasonal naive "
            "and additive Holt-Winters back-tested on the last 12 months (ME in fpp3's sign, MAE, "
            "RMSE, MAPE, WAPE, bias in D-R5's sign, MASE), the one with the lower holdout WAPE "
            "chosen; the calendar months' means with peak and off-peak marked. Needs 24 months "
            "of history (36 for Holt-Winters)",
            "Forecasts", true, RouteKind::kCustom, nullptr, "", "StatisticalForecast", 200,
            [store, clock](RouteContext& c) {
              auto params = ForecastParams(c.request, {"scope", "id", "horizon", "source"});
              if (!params.ok()) return ErrorToResponse(params.error());
              for (const char* k : {"scope", "id"}) {
                if (!params->contains(k)) {
                  return ErrorToResponse(
                      core::Error::Invalid(k, core::Msg("field.required", {{"field", k}})));
                }
              }
              auto id = IntParam("id", params->at("id"), 1, INT64_MAX);
              if (!id.ok()) return ErrorToResponse(id.error());
              std::int64_t horizon = 12;
              if (auto h = params->find("horizon"); h != params->end()) {
                auto v = IntParam("horizon", h->second, 1, 120);
                if (!v.ok()) return ErrorToResponse(v.error());
                horizon = *v;
              }
              const auto source = params->find("source");
              if (source != params->end() && source->second != "orders" &&
                  source->second != "won_deals") {
                return ErrorToResponse(core::Error::Invalid(
                    "source", core::Msg("field.not_in_enum",
                                        {{"field", "source"}, {"values", "orders, won_deals"}})));
              }
              auto report = mf::ReadStatistical(*store, *clock, *c.caller, params->at("scope"),
                                                source == params->end() ? "orders" : source->second,
                                                *id, static_cast<int>(horizon));
              if (!report.ok()) return ErrorToResponse(report.error());
              return JsonResponse(200, StatisticalJson(*report));
            }});
}

}  // namespace salesdesk::http
