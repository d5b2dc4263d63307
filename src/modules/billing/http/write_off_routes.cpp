// POST /invoices/{id}/write-off and GET /invoices/{id}/open (docs/billing.md, "Write-offs";
// decision 0056).
#include "app/records/record_fields.h"
#include "core/money/currency.h"
#include "http/if_match.h"
#include "http/json_response.h"
#include "modules/billing/http/billing_http_module.h"
#include "modules/billing/http/billing_route_helpers.h"

namespace salesdesk::http {
namespace {

namespace json = boost::json;
namespace billing = modules::billing;
using namespace billing_json;

// The amount is in the invoice's currency, so the open figure is read first (a hidden or
// missing invoice answers 404 before the body is judged).
core::Result<billing::WriteOffRequest> DecodeWriteOff(const std::string& body,
                                                      std::int64_t invoice_id,
                                                      const core::Currency& currency) {
  SD_ASSIGN(json::object o, app::ParseBodyObject(body));
  billing::WriteOffRequest r{.invoice_id = invoice_id};
  bool has_amount = false, has_reason = false;
  for (const auto& [key, value] : o) {
    if (key == "amount") {
      SD_ASSIGN(r.amount, AmountMember(value, "amount", currency));
      has_amount = true;
    } else if (key == "reason") {
      SD_ASSIGN(r.reason, TextMember(value, "reason"));
      has_reason = true;
    } else if (key == "written_off_on") {
      if (!value.is_null()) {
        SD_ASSIGN(r.written_off_on, DateMember(value, "written_off_on"));
      }
    } else {
      return Unknown(key, "write-off");
    }
  }
  if (!has_amount) return Required("amount");
  if (!has_reason) return Required("reason");
  return r;
}

}  // namespace

void AddWriteOffRoutes(ModuleHost& host, BillingServices& s) {
  // A creating POST under Idempotency-Key that is also guarded by If-Match on the invoice.
  Route& write_off = host.Add(
      {"POST", "/api/v1/invoices/{id}/write-off", "write_off_invoice",
       "Write off bad debt (If-Match on the invoice; finance and the director): an amount up "
       "to the posted invoice's open principal, applied oldest due first, relieving carrying "
       "base at the invoice's rate; counted by the ageing, DSO, exposure and dunning from "
       "its date, never earning commission",
       "Invoice", true, RouteKind::kCustom, nullptr, "WriteOffRequest", "InvoiceWriteOff", 201,
       [&s](RouteContext& c) {
         auto may = app::CheckMayWrite(*c.caller, billing::Spec("invoice-write-offs"));
         if (!may.ok()) return ErrorToResponse(may.error());
         auto open = s.write_offs.OpenOf(*c.caller, c.ids[0]);
         if (!open.ok()) return ErrorToResponse(open.error());
         auto currency = core::ParseCurrency(open->currency);
         if (!currency.ok()) return ErrorToResponse(currency.error());
         auto in = DecodeWriteOff(c.request.body, c.ids[0], *currency);
         if (!in.ok()) return ErrorToResponse(in.error());
         auto version = IfMatchVersion(c.request);
         if (!version.ok()) return ErrorToResponse(version.error());
         return Created(
             c, "invoice-write-offs",
             [&](const app::IdempotencyRequest* key, const app::Renderer<app::Record>& render) {
               return s.write_offs.Create(*c.caller, *in, *version, key, render);
             });
       }});
  write_off.idempotent = true;
  write_off.if_match = true;
  host.Add({"GET", "/api/v1/invoices/{id}/open", "get_invoice_open",
            "What a posted invoice still owes (its open principal after payments, credit notes "
            "and write-offs) and what was written off, in its currency; read like the invoice",
            "Invoice", true, RouteKind::kCustom, nullptr, "", "InvoiceOpen", 200,
            [&s](RouteContext& c) {
              auto open = s.write_offs.OpenOf(*c.caller, c.ids[0]);
              if (!open.ok()) return ErrorToResponse(open.error());
              auto currency = core::ParseCurrency(open->currency);
              if (!currency.ok()) return ErrorToResponse(currency.error());
              return JsonResponse(
                  200, json::object{{"invoice_id", c.ids[0]},
                                    {"open", MoneyJson(open->open, *currency)},
                                    {"written_off", MoneyJson(open->written_off, *currency)}});
            }});
}

}  // namespace salesdesk::http
