// GET /cockpit?period=YYYY-MM&scope=team|me and GET /cockpit/matrix (docs/cockpit.md).
#include "core/money/currency.h"
#include "http/error_response.h"
#include "http/json_response.h"
#include "http/query_string.h"
#include "modules/cockpit/app/cockpit_service.h"
#include "modules/cockpit/app/performance_matrix.h"
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

core::Result<cockpit::MatrixRequest> DecodeMatrixQuery(const Request& request) {
  SD_ASSIGN(QueryParams params, ParseQueryString(request.query));
  cockpit::MatrixRequest q;
  for (const auto& [name, value] : params) {
    if (name == "measure") {
      q.measure = value;
    } else if (name == "currency") {
      auto currency = core::ParseCurrency(value);
      if (!currency.ok()) return Error::Invalid("currency", currency.error());
      q.currency = std::string(currency->code());
    } else if (name == "from") {
      SD_ASSIGN(q.from, core::appraisal::ParseMonth(value, "from"));
    } else if (name == "to") {
      SD_ASSIGN(q.to, core::appraisal::ParseMonth(value, "to"));
    } else {
      return Error::Invalid(name, core::Msg("cockpit.matrix_param"));
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
  host.Add({"GET", "/api/v1/cockpit/matrix", "get_cockpit_matrix",
            "The performance matrix: for each person the caller leads (a rep: themself) and each "
            "month from ?from=YYYY-MM (default eleven months before `to`) to ?to=YYYY-MM "
            "(default this month), at most 36 months, the actual of ?measure= (revenue, the "
            "default, in ?currency= or the company's; visits, calls, orders, new_customers), "
            "the month target of their active rep plans and the attainment in basis points; a "
            "total per person and a team line. Read from the maintained daily actuals. Finance, "
            "admins and logistics: 403",
            "Cockpit", true, RouteKind::kCustom, nullptr, "", "CockpitMatrix", 200,
            [&store, &clock](RouteContext& c) {
              auto q = DecodeMatrixQuery(c.request);
              if (!q.ok()) return ErrorToResponse(q.error());
              auto out = cockpit::ReadMatrix(store, clock, *c.caller, *q);
              if (!out.ok()) return ErrorToResponse(out.error());
              return JsonResponse(200, *out);
            }});
}

}  // namespace salesdesk::http
