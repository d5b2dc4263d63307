// GET /working-days (a person's working days, docs/schedules.md), POST /rotas/generate and POST
// /public-holidays/generate.
#include <algorithm>
#include <boost/json.hpp>
#include <charconv>

#include "app/records/json_body_checks.h"
#include "app/records/record_json.h"
#include "http/error_response.h"
#include "http/idempotency_header.h"
#include "http/json_response.h"
#include "http/query_string.h"
#include "modules/schedules/app/working_days_reader.h"
#include "modules/schedules/http/schedules_http_module.h"

namespace salesdesk::http {
namespace {

namespace json = boost::json;
namespace sched = modules::schedules;
using core::Error;

struct WorkingDaysQuery {
  std::int64_t user_id = 0;
  core::Date from, to;
};

core::Result<WorkingDaysQuery> DecodeWorkingDaysQuery(const Request& request,
                                                      const app::Caller& caller) {
  SD_ASSIGN(QueryParams params, ParseQueryString(request.query));
  WorkingDaysQuery q;
  q.user_id = caller.user_id;
  bool has_from = false, has_to = false;
  for (const auto& [name, value] : params) {
    if (name == "user_id") {
      std::int64_t id = 0;
      const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), id);
      if (ec != std::errc() || end != value.data() + value.size() || id <= 0) {
        return Error::Invalid("user_id", core::Msg("field.not_an_id", {{"field", "user_id"}}));
      }
      q.user_id = id;
    } else if (name == "from" || name == "to") {
      auto date = core::ParseDate(value);
      if (!date.ok()) return Error::Invalid(name, date.error());
      (name == "from" ? q.from : q.to) = *date;
      (name == "from" ? has_from : has_to) = true;
    } else {
      return Error::Invalid(name, core::Msg("schedules.working_days_param"));
    }
  }
  if (!has_from) {
    return Error::Invalid("from", core::Msg("schedules.param_required",
                                            {{"name", "from"}, {"example", "2026-12-01"}}));
  }
  if (!has_to) {
    return Error::Invalid(
        "to", core::Msg("schedules.param_required", {{"name", "to"}, {"example", "2026-12-31"}}));
  }
  return q;
}

// "1", "0.5", "20.5": a count of half-days as days.
std::string Days(std::int64_t half_days) {
  return std::to_string(half_days / 2) + (half_days % 2 ? ".5" : "");
}

json::object WorkingDaysJson(const WorkingDaysQuery& q, const sched::WorkingDays& wd) {
  json::array days;
  days.reserve(wd.days.size());
  for (const auto& d : wd.days) {
    const std::string_view reason = sched::ReasonName(d.reason);
    days.push_back(
        json::object{{"date", d.date.ToString()},
                     {"half_days", d.half_days},
                     {"fraction", Days(d.half_days)},
                     {"reason", reason.empty() ? json::value(nullptr) : json::value(reason)},
                     {"detail", d.detail.empty() ? json::value(nullptr) : json::value(d.detail)}});
  }
  return {{"user_id", q.user_id},
          {"from", q.from.ToString()},
          {"to", q.to.ToString()},
          {"total_half_days", wd.total_half_days},
          {"working_days", Days(wd.total_half_days)},
          {"days", std::move(days)}};
}

core::Result<sched::RotaRequest> DecodeRotaRequest(const std::string& body) {
  SD_ASSIGN(json::object object, app::ParseBodyObject(body));
  sched::RotaRequest r;
  bool has_team = false, has_month = false, has_pattern = false;
  for (const auto& [key, value] : object) {
    if (key == "team_id") {
      if (!value.is_int64() || value.as_int64() <= 0) {
        return Error::Invalid("team_id", core::Msg("field.not_an_id", {{"field", "team_id"}}));
      }
      r.team_id = value.as_int64();
      has_team = true;
    } else if (key == "month") {
      const std::string text = value.is_string() ? std::string(value.as_string()) : "";
      auto date = core::ParseDate(text + "-01");
      if (text.size() != 7 || !date.ok()) {
        return Error::Invalid("month", core::Msg("schedules.month"));
      }
      r.year = date->Civil().year;
      r.month = date->Civil().month;
      has_month = true;
    } else if (key == "pattern") {
      if (!value.is_array() || value.as_array().empty() || value.as_array().size() > 31) {
        return Error::Invalid("pattern", core::Msg("schedules.pattern"));
      }
      for (const auto& step : value.as_array()) {
        if (step.is_string() && step.as_string() == "off") {
          r.pattern.emplace_back(std::nullopt);
        } else if (step.is_int64() && step.as_int64() > 0) {
          r.pattern.emplace_back(step.as_int64());
        } else {
          return Error::Invalid("pattern", core::Msg("schedules.pattern"));
        }
      }
      has_pattern = true;
    } else {
      return Error::Invalid(std::string(key), core::Msg("schedules.rota_member"));
    }
  }
  if (!has_team)
    return Error::Invalid("team_id", core::Msg("field.required", {{"field", "team_id"}}));
  if (!has_month) return Error::Invalid("month", core::Msg("field.required", {{"field", "month"}}));
  if (!has_pattern) {
    return Error::Invalid("pattern", core::Msg("field.required", {{"field", "pattern"}}));
  }
  return r;
}

struct HolidayRequest {
  std::string country;
  int year = 0;
};

core::Result<HolidayRequest> DecodeHolidayRequest(const std::string& body) {
  SD_ASSIGN(json::object object, app::ParseBodyObject(body));
  HolidayRequest r;
  for (const auto& [key, value] : object) {
    if (key == "country") {
      if (!value.is_string()) {
        return Error::Invalid("country", core::Msg("field.not_string", {{"field", "country"}}));
      }
      r.country = std::string(value.as_string());
    } else if (key == "year") {
      if (!value.is_int64()) {
        return Error::Invalid("year", core::Msg("field.not_integer", {{"field", "year"}}));
      }
      r.year = static_cast<int>(std::clamp<std::int64_t>(value.as_int64(), -1, 100000));
    } else {
      return Error::Invalid(
          std::string(key),
          core::Msg("field.unknown", {{"field", std::string(key)}, {"entity", "HolidayGenerate"}}));
    }
  }
  if (r.country.empty()) {
    return Error::Invalid("country", core::Msg("field.required", {{"field", "country"}}));
  }
  if (r.year == 0) return Error::Invalid("year", core::Msg("field.required", {{"field", "year"}}));
  return r;
}

}  // namespace

void AddScheduleRoutes(ModuleHost& host, SchedulesServices& s) {
  const app::EntitySpec* holiday = app::FindEntity("public-holidays");
  host.Add({"POST", "/api/v1/public-holidays/generate", "generate_public_holidays",
            "Add a country's national public holidays of a year from the built-in calendar "
            "(Easter-relative days, substitute days); dates the country already has keep their "
            "record, so a second run creates nothing",
            "Schedules", true, RouteKind::kCustom, nullptr, "HolidayGenerateRequest",
            "HolidayGenerateResult", 200,
            [&s, holiday](RouteContext& c) {
              auto in = DecodeHolidayRequest(c.request.body);
              if (!in.ok()) return ErrorToResponse(in.error());
              return CreateOnce<modules::schedules::HolidaySeedOutcome>(
                  c.request,
                  [&](const modules::schedules::HolidaySeedOutcome& out) {
                    json::array entries;
                    for (const auto& e : out.entries) {
                      entries.push_back(app::RecordToJson(*holiday, e, true));
                    }
                    return JsonResponse(200, json::object{{"country", in->country},
                                                          {"year", in->year},
                                                          {"created", out.created},
                                                          {"kept", out.kept},
                                                          {"entries", std::move(entries)}});
                  },
                  [&](const modules::schedules::HolidaySeedOutcome&) {
                    return "/api/v1/public-holidays?country=" + in->country;
                  },
                  [&](const app::IdempotencyRequest* key,
                      const app::Renderer<modules::schedules::HolidaySeedOutcome>& render) {
                    return s.holidays.Seed(*c.caller, in->country, in->year, key, render);
                  });
            }})
      .idempotent = true;
  const app::EntitySpec* rota = app::FindEntity("rota-entries");
  host.Add({"GET", "/api/v1/working-days", "get_working_days",
            "A person's working days over ?from=&to= (at most 400 days; ?user_id= defaults to the "
            "caller): per day the weight in half-days and why it is not a full day, and the total "
            "(RULES.md A-R4). A rep sees only themself, a leader their team, the director everyone",
            "Schedules", true, RouteKind::kCustom, nullptr, "", "WorkingDays", 200,
            [&s](RouteContext& c) {
              auto q = DecodeWorkingDaysQuery(c.request, *c.caller);
              if (!q.ok()) return ErrorToResponse(q.error());
              auto wd = sched::WorkingDaysOf(s.store, *c.caller, q->user_id, q->from, q->to);
              if (!wd.ok()) return ErrorToResponse(wd.error());
              return JsonResponse(200, WorkingDaysJson(*q, *wd));
            }});
  host.Add(
          {"POST", "/api/v1/rotas/generate", "generate_rota",
           "Lay a repeating pattern of shifts and days off (\"off\") over a team's month: member i "
           "takes step k+i on their k-th scheduled day; days that already have an entry keep it, "
           "so a second run creates nothing",
           "Schedules", true, RouteKind::kCustom, nullptr, "RotaGenerateRequest",
           "RotaGenerateResult", 200,
           [&s, rota](RouteContext& c) {
             auto in = DecodeRotaRequest(c.request.body);
             if (!in.ok()) return ErrorToResponse(in.error());
             const std::string month = c.request.body.empty() ? ""
                                                              : std::to_string(in->year) + "-" +
                                                                    (in->month < 10 ? "0" : "") +
                                                                    std::to_string(in->month);
             return CreateOnce<sched::RotaOutcome>(
                 c.request,
                 [&](const sched::RotaOutcome& out) {
                   json::array entries;
                   for (const auto& e : out.entries) {
                     entries.push_back(app::RecordToJson(*rota, e, true));
                   }
                   return JsonResponse(200, json::object{{"team_id", in->team_id},
                                                         {"month", month},
                                                         {"created", out.created},
                                                         {"kept", out.kept},
                                                         {"entries", std::move(entries)}});
                 },
                 [&](const sched::RotaOutcome&) {
                   return "/api/v1/rota-entries?date__gte=" + month + "-01";
                 },
                 [&](const app::IdempotencyRequest* key,
                     const app::Renderer<sched::RotaOutcome>& render) {
                   return s.rotas.Generate(*c.caller, *in, key, render);
                 });
           }})
      .idempotent = true;
}

}  // namespace salesdesk::http
