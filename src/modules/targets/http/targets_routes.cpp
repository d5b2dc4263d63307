// POST /target-plans/{id}/activate, POST /target-plans/{id}/replan and GET /targets/progress
// (docs/targets.md). Plans are drafted and read through the generic record routes.
#include <boost/json.hpp>

#include <charconv>

#include "app/access/access_policy.h"
#include "app/records/record_fields.h"
#include "app/records/record_json.h"
#include "http/error_response.h"
#include "http/idempotency_header.h"
#include "http/if_match.h"
#include "http/json_response.h"
#include "http/query_string.h"
#include "modules/targets/app/plan_fields.h"
#include "modules/targets/app/progress_service.h"
#include "modules/targets/http/targets_http_module.h"

namespace salesdesk::http {
namespace {

namespace json = boost::json;
namespace targets = modules::targets;
using core::Error;

core::Result<targets::ReplanRequest> DecodeReplan(const std::string& body) {
  SD_ASSIGN(json::object o, app::ParseBodyObject(body));
  targets::ReplanRequest r;
  for (const auto& [key, value] : o) {
    if (key == "closed_through") {
      if (!value.is_string()) {
        return Error::Invalid("closed_through",
                              core::Msg("field.not_string", {{"field", "closed_through"}}));
      }
      r.closed_through = std::string(value.as_string());
    } else if (key == "policy") {
      if (!value.is_string()) {
        return Error::Invalid("policy", core::Msg("field.not_string", {{"field", "policy"}}));
      }
      SD_ASSIGN(r.policy, targets::ParsePolicy(value.as_string()));
    } else if (key == "allow_decrease") {
      if (!value.is_bool()) {
        return Error::Invalid("allow_decrease",
                              core::Msg("targets.not_bool", {{"field", "allow_decrease"}}));
      }
      r.allow_decrease = value.as_bool();
    } else {
      return Error::Invalid(std::string(key),
                            core::Msg("field.unknown", {{"field", std::string(key)},
                                                        {"entity", std::string("re-plan")}}));
    }
  }
  if (r.closed_through.empty()) {
    return Error::Invalid("closed_through",
                          core::Msg("field.required", {{"field", "closed_through"}}));
  }
  return r;
}

struct ProgressQuery {
  std::int64_t user_id = 0;
  std::optional<core::Date> date;
};

core::Result<ProgressQuery> DecodeProgressQuery(const Request& request, const app::Caller& caller) {
  SD_ASSIGN(QueryParams params, ParseQueryString(request.query));
  ProgressQuery q{.user_id = caller.user_id};
  for (const auto& [name, value] : params) {
    if (name == "user_id") {
      std::int64_t id = 0;
      const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), id);
      if (ec != std::errc() || end != value.data() + value.size() || id <= 0) {
        return Error::Invalid("user_id", core::Msg("field.not_an_id", {{"field", "user_id"}}));
      }
      q.user_id = id;
    } else if (name == "date") {
      auto d = core::ParseDate(value);
      if (!d.ok()) return Error::Invalid("date", d.error());
      q.date = *d;
    } else {
      return Error::Invalid(name, core::Msg("targets.progress_param"));
    }
  }
  return q;
}

json::value Optional(const std::optional<std::int64_t>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}

// Half-days as working days: 9 → "4.5".
std::string Days(std::int64_t half_days) {
  return std::to_string(half_days / 2) + (half_days % 2 ? ".5" : "");
}

json::object PaceJson(const targets::Pace& p) {
  return {{"target", p.target},
          {"actual", p.actual},
          {"remaining_working_days", Days(p.remaining_half_days)},
          {"per_day", Optional(p.per_day)}};
}

json::object ProgressJson(const targets::ProgressReport& report) {
  json::array plans;
  for (const auto& p : report.plans) {
    json::object periods;
    for (const auto& period : p.progress.periods) {
      periods[period.name] = json::object{
          {"from", period.from.ToString()}, {"to", period.to.ToString()},
          {"target", period.target},        {"target_to_date", period.target_to_date},
          {"actual", period.actual},        {"attainment_bp", Optional(period.attainment_bp)}};
    }
    json::array others;
    for (const auto& c : p.other_currencies) others.push_back(json::value(c));
    const std::string currency = app::TextOf(p.plan, "currency");
    plans.push_back(
        json::object{{"plan_id", app::RecordId(p.plan)},
                     {"revision", app::IntOf(p.plan, "revision").value_or(1)},
                     {"measure", app::TextOf(p.plan, "measure")},
                     {"currency", currency.empty() ? json::value(nullptr) : json::value(currency)},
                     {"actual_available", p.actual_available},
                     {"other_currencies", std::move(others)},
                     {"periods", std::move(periods)},
                     {"pace", json::object{{"month", PaceJson(p.progress.month)},
                                           {"year", PaceJson(p.progress.year)}}}});
  }
  return {
      {"user_id", report.user_id}, {"date", report.date.ToString()}, {"plans", std::move(plans)}};
}

Response PlanOut(int status, const core::Result<app::Record>& r, const app::Caller& caller) {
  if (!r.ok()) return ErrorToResponse(r.error());
  Response out = JsonResponse(
      status, app::RecordToJson(targets::Spec("target-plans"), *r, app::SeesCost(caller)));
  out.headers.emplace_back("ETag", ETagFor(app::RecordVersion(*r)));
  return out;
}

}  // namespace

void AddTargetsRoutes(ModuleHost& host, TargetsServices& s) {
  host.Add({"POST", "/api/v1/target-plans/{id}/activate", "activate_target_plan",
            "Activate a draft (If-Match): year → months by its profile, months → ISO-week parts → "
            "days on the subject's working days (RULES.md A-R2..A-R5), stored in the same "
            "transaction; the subject's earlier active plan of the measure and year is "
            "superseded (the director and senior managers)",
            "Targets", true, RouteKind::kCustom, nullptr, "", "TargetPlan", 200,
            [&s](RouteContext& c) {
              auto may = app::CheckMayWrite(*c.caller, targets::Spec("target-plans"));
              if (!may.ok()) return ErrorToResponse(may.error());
              auto version = IfMatchVersion(c.request);
              if (!version.ok()) return ErrorToResponse(version.error());
              return PlanOut(200, s.plans.Activate(*c.caller, c.ids[0], *version), *c.caller);
            }})
      .if_match = true;
  Route& replan = host.Add(
      {"POST", "/api/v1/target-plans/{id}/replan", "replan_target_plan",
       "Re-plan an active rep plan at a month close (If-Match, Idempotency-Key; RULES.md "
       "A-R6): a new version keeping the closed months; the months after get annual − "
       "actual in proportion to their targets (policy spread), the gap on the next month "
       "(catch_up_next_month) or no change (keep); lowered only with allow_decrease",
       "Targets", true, RouteKind::kCustom, nullptr, "TargetReplanRequest", "TargetPlan", 201,
       [&s](RouteContext& c) {
         auto may = app::CheckMayWrite(*c.caller, targets::Spec("target-plans"));
         if (!may.ok()) return ErrorToResponse(may.error());
         auto version = IfMatchVersion(c.request);
         if (!version.ok()) return ErrorToResponse(version.error());
         auto in = DecodeReplan(c.request.body);
         if (!in.ok()) return ErrorToResponse(in.error());
         return CreateOnce<app::Record>(
             c.request, [&](const app::Record& r) { return PlanOut(201, r, *c.caller); },
             [](const app::Record& r) {
               return "/api/v1/target-plans/" + std::to_string(app::RecordId(r));
             },
             [&](const app::IdempotencyRequest* key, const app::Renderer<app::Record>& render) {
               return s.plans.Replan(*c.caller, c.ids[0], *version, *in, key, render);
             });
       }});
  replan.if_match = true;
  replan.idempotent = true;
  host.Add({"GET", "/api/v1/targets/progress", "get_target_progress",
            "A person's progress on ?date= (default today) against their active plans of that "
            "year (?user_id= defaults to the caller): target, actual and attainment in basis "
            "points for the day, ISO week, month, quarter and year to date, and the pace per "
            "remaining working day for the month and the year. Money in minor units of the "
            "plan's currency; a person outside the caller's scope has no plans",
            "Targets", true, RouteKind::kCustom, nullptr, "", "TargetProgress", 200,
            [&s](RouteContext& c) {
              auto q = DecodeProgressQuery(c.request, *c.caller);
              if (!q.ok()) return ErrorToResponse(q.error());
              auto report = targets::ReadProgress(s.store, s.clock, *c.caller, q->user_id, q->date);
              if (!report.ok()) return ErrorToResponse(report.error());
              return JsonResponse(200, ProgressJson(*report));
            }});
}

}  // namespace salesdesk::http
