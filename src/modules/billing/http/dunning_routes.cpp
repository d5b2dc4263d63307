// POST /dunning-runs, POST /dunning-runs/{id}/approve and POST /dunning-claims/{id}/waive
// (docs/billing.md, "Dunning").
#include "core/money/currency.h"
#include "http/if_match.h"
#include "modules/billing/http/billing_http_module.h"
#include "modules/billing/http/billing_route_helpers.h"

namespace salesdesk::http {
namespace {

namespace json = boost::json;
namespace billing = modules::billing;
using namespace billing_json;

core::Result<core::Date> DecodeRun(const std::string& body) {
  SD_ASSIGN(json::object o, app::ParseBodyObject(body));
  std::optional<core::Date> as_of;
  for (const auto& [key, value] : o) {
    if (key != "as_of") return Unknown(key, "dunning run");
    SD_ASSIGN(as_of, DateMember(value, "as_of"));
  }
  if (!as_of) return Required("as_of");
  return *as_of;
}

// The amount is a decimal string in the claim's currency ("5.00"), checked by the service.
core::Result<billing::WaiverRequest> DecodeWaiver(const std::string& body) {
  SD_ASSIGN(json::object o, app::ParseBodyObject(body));
  billing::WaiverRequest r;
  bool has_reason = false;
  for (const auto& [key, value] : o) {
    if (key == "reason") {
      SD_ASSIGN(r.reason, TextMember(value, "reason"));
      has_reason = true;
    } else if (key == "claim") {
      SD_ASSIGN(r.claim, TextMember(value, "claim"));
      if (*r.claim != "fees" && *r.claim != "interest" && *r.claim != "principal") {
        return core::Error::Invalid(
            "claim",
            core::Msg("field.not_in_enum", {{"field", "claim"}, {"values", "fees, interest"}}));
      }
    } else if (key == "amount") {
      SD_ASSIGN(r.amount, TextMember(value, "amount"));
    } else {
      return Unknown(key, "waiver");
    }
  }
  if (!has_reason) return Required("reason");
  if (r.amount && !r.claim) return Required("claim");
  return r;
}

}  // namespace

void AddDunningRoutes(ModuleHost& host, BillingServices& s) {
  host.Add({"POST", "/api/v1/dunning-runs", "create_dunning_run",
            "Propose a dunning run at as_of: each overdue instalment's level after the run "
            "(E-R8), its interest on the principal of each interval (E-R9) and one fee per "
            "letter; nothing is claimed until approved (finance and the director)",
            "Invoice", true, RouteKind::kCustom, nullptr, "DunningRunCreateRequest", "DunningRun",
            201,
            [&s](RouteContext& c) {
              auto may = app::CheckMayWrite(*c.caller, billing::Spec("dunning-runs"));
              if (!may.ok()) return ErrorToResponse(may.error());
              auto as_of = DecodeRun(c.request.body);
              if (!as_of.ok()) return ErrorToResponse(as_of.error());
              return Created(c, "dunning-runs",
                             [&](const app::IdempotencyRequest* key,
                                 const app::Renderer<app::Record>& render) {
                               return s.dunning.Propose(*c.caller, *as_of, true, key, render);
                             });
            }})
      .idempotent = true;
  host.Add({"POST", "/api/v1/dunning-runs/{id}/approve", "approve_dunning_run",
            "Approve a proposed run (If-Match): its fee and interest claims per invoice (E-R10), "
            "the letter texts in each customer's language (E-R12) and the owners' tasks",
            "Invoice", true, RouteKind::kCustom, nullptr, "", "DunningRun", 200,
            [&s](RouteContext& c) {
              auto may = app::CheckMayWrite(*c.caller, billing::Spec("dunning-runs"));
              if (!may.ok()) return ErrorToResponse(may.error());
              auto version = IfMatchVersion(c.request);
              if (!version.ok()) return ErrorToResponse(version.error());
              return RecordOut(200, billing::Spec("dunning-runs"),
                               s.dunning.Approve(*c.caller, c.ids[0], *version), *c.caller);
            }})
      .if_match = true;
  host.Add({"POST", "/api/v1/dunning-claims/{id}/waive", "waive_dunning_claim",
            "Give up a claim's fee or interest (or both) with a reason, audited (E-R10); "
            "principal is never waived (finance and the director)",
            "Invoice", true, RouteKind::kCustom, nullptr, "DunningWaiverRequest", "DunningClaim",
            200, [&s](RouteContext& c) {
              auto may = app::CheckMayWrite(*c.caller, billing::Spec("dunning-claims"));
              if (!may.ok()) return ErrorToResponse(may.error());
              auto waiver = DecodeWaiver(c.request.body);
              if (!waiver.ok()) return ErrorToResponse(waiver.error());
              return RecordOut(200, billing::Spec("dunning-claims"),
                               s.dunning.Waive(*c.caller, c.ids[0], *waiver), *c.caller);
            }});
}

}  // namespace salesdesk::http
