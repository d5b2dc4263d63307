// GET /api/v1/accounts/{id}/overview (modules/accounts360/app/account_overview.h).
#include "http/error_response.h"
#include "http/json_response.h"
#include "modules/accounts360/app/account_overview.h"
#include "modules/accounts360/http/accounts360_http_module.h"

namespace salesdesk::http {

void AddAccountOverviewRoute(ModuleHost& host) {
  app::Store* store = &host.store();
  const core::Clock* clock = &host.clock();
  host.Add({"GET", "/api/v1/accounts/{id}/overview", "get_account_overview",
            "What matters about an account in one read: the account, key figures (revenue this "
            "year to date and last year — posted invoices less credit notes, untaxed — open and "
            "overdue receivables, each per currency and never added across currencies; last "
            "order, last visit, open pipeline), open quotes, orders (not cancelled, latest first), "
            "active contracts, open "
            "deals, planned activities, open tasks and contacts (each the first 5 and a total). "
            "Everything as far as the caller may see it: an account they cannot see is 404; a "
            "section of records their role does not read is null",
            "Account", true, RouteKind::kCustom, nullptr, "", "AccountOverview", 200,
            [store, clock](RouteContext& c) {
              if (!c.request.query.empty()) {
                return ErrorToResponse(
                    core::Error::Invalid("query", core::Msg("accounts360.no_parameters")));
              }
              auto out =
                  modules::accounts360::ReadAccountOverview(*store, *clock, *c.caller, c.ids.at(0));
              if (!out.ok()) return ErrorToResponse(out.error());
              return JsonResponse(200, *out);
            }});
}

}  // namespace salesdesk::http
