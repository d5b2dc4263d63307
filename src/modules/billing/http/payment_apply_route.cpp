// POST /api/v1/payments/{id}/apply (decision 0049): the unapplied part of a payment applied to
// the customer's open principal, interest and fees in the billing setting's order (E-R11).
#include "app/access/access_policy.h"
#include "http/if_match.h"
#include "modules/billing/app/payment_application.h"
#include "modules/billing/http/billing_http_module.h"
#include "modules/billing/http/billing_route_helpers.h"

namespace salesdesk::http {

void AddPaymentApplyRoute(ModuleHost& host) {
  app::Store& store = host.store();
  const core::Clock& clock = host.clock();
  host.Add({"POST", "/api/v1/payments/{id}/apply", "apply_payment",
            "Apply the payment's unapplied part (If-Match) to the customer's open items in its "
            "currency: principal oldest instalment first → interest → fees, or with the billing "
            "setting bgb_367 fees → interest → principal (E-R11); claims resolve when principal, "
            "interest and fee are all paid or waived (E-R10). Finance and the director",
            "Invoice", true, RouteKind::kCustom, nullptr, "", "Payment", 200,
            [&store, &clock](RouteContext& c) {
              auto may = app::CheckMayWrite(*c.caller, modules::billing::Spec("payments"));
              if (!may.ok()) return ErrorToResponse(may.error());
              auto version = IfMatchVersion(c.request);
              if (!version.ok()) return ErrorToResponse(version.error());
              return billing_json::RecordOut(
                  200, modules::billing::Spec("payments"),
                  modules::billing::ApplyUnapplied(store, clock, *c.caller, c.ids[0], *version),
                  *c.caller);
            }})
      .if_match = true;
}

}  // namespace salesdesk::http
