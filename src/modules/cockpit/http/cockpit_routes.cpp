// GET /cockpit?period=YYYY-MM&scope=team|me (docs/cockpit.md).
#include "http/error_response.h"
#include "http/json_response.h"
#include "http/query_string.h"
#include "modules/cockpit/app/cockpit_service.h"
#include "modules/cockpit/http/cockpit_http_module.h"

namespace salesdesk::http {
namespace {

namespace cockpit = modules::cockpit;
using core::Error;

core::Result<cockpit::CockpitRequest> DecodeQuery(const Request& request) {
  SD_ASSIGN(QueryParams params, ParseQueryString(request.query));
  cockpit::CockpitRequest q;
  for (const auto& [name, value] : params) {
    if (name == "period") {
      SD_ASSIGN(q.period, core::appraisal::ParseMonth(value, "period"));
    } else if (name == "scope") {
      if (value != "team" && value != "me") {
        return Error::Invalid("scope", core::Msg("cockpit.scope", {{"value", value}}));
      }
      q.scope = value == "me" ? cockpit::Scope::kMe : cockpit::Scope::kTeam;
    } else {
      return Error::Invalid(name, core::Msg("cockpit.param"));
    }
  }
  return q;
}

}  // namespace

void AddCockpitRoutes(ModuleHost& host, app::Store& store, const core::Clock& clock) {
  host.Add({"GET", "/api/v1/cockpit", "get_cockpit",
            "The figures a sales leader runs the team on, for ?period=YYYY-MM (default this "
            "month) and ?scope=team (default: the people the caller leads; a rep: themself) or "
            "me: attainment and pace per person and team, activity against targets, pipeline by "
            "forecast category and win rate, receivables by age and overdue per person, "
            "discount leakage, new and lost customers — each with a drill-down to its records. "
            "Money in minor units with its currency, ratios in basis points. Finance, admins "
            "and logistics: 403",
            "Cockpit", true, RouteKind::kCustom, nullptr, "", "Cockpit", 200,
            [&store, &clock](RouteContext& c) {
              auto q = DecodeQuery(c.request);
              if (!q.ok()) return ErrorToResponse(q.error());
              auto out = cockpit::ReadCockpit(store, clock, *c.caller, *q);
              if (!out.ok()) return ErrorToResponse(out.error());
              return JsonResponse(200, *out);
            }});
}

}  // namespace salesdesk::http
