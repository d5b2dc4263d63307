// Credit holds (decision 0048): releasing a held order, the held orders, and an account's
// credit exposure.
#include "http/json_response.h"
#include "modules/billing/http/billing_http_module.h"
#include "modules/billing/http/billing_route_helpers.h"

namespace salesdesk::http {
namespace {

namespace json = boost::json;
namespace billing = modules::billing;
using namespace billing_json;

core::Result<std::string> DecodeReason(const std::string& body) {
  SD_ASSIGN(json::object o, app::ParseBodyObject(body));
  std::optional<std::string> reason;
  for (const auto& [key, value] : o) {
    if (key != "reason") return Unknown(key, "credit release");
    SD_ASSIGN(reason, TextMember(value, "reason"));
  }
  if (!reason) return Required("reason");
  return *reason;
}

json::object ExposureJson(const billing::AccountExposure& e) {
  const auto& f = e.figures;
  json::object out{{"account_id", e.account_id},
                   {"currency", e.currency.code()},
                   {"sales_method", e.sales_method},
                   {"open_receivables", MoneyJson(f.receivables, e.currency)},
                   {"open_orders", MoneyJson(f.orders, e.currency)},
                   {"exposure", MoneyJson(f.receivables + f.orders, e.currency)},
                   {"credit_limit", nullptr},
                   {"available", nullptr},
                   {"dunning_hold_level", nullptr},
                   {"missing_rate", nullptr}};
  if (f.limit) out["credit_limit"] = MoneyJson(*f.limit, e.currency);
  if (f.available) out["available"] = MoneyJson(*f.available, e.currency);
  if (e.dunning_level) out["dunning_hold_level"] = *e.dunning_level;
  if (f.missing_rate) {
    out["missing_rate"] = json::object{{"from", f.missing_rate->from},
                                       {"to", f.missing_rate->to},
                                       {"on", f.missing_rate->on.ToString()}};
  }
  return out;
}

}  // namespace

void AddCreditHoldRoutes(ModuleHost& host, BillingServices& s) {
  host.Add({"POST", "/api/v1/sales-orders/{id}/credit-release", "release_sales_order_credit_hold",
            "Release an order's credit hold with a reason: finance, or a role whose "
            "credit_override_limit covers the order's credit_at_risk; audited",
            "Sales order", true, RouteKind::kCustom, nullptr, "CreditReleaseRequest", "SalesOrder",
            200, [&s](RouteContext& c) {
              auto reason = DecodeReason(c.request.body);
              if (!reason.ok()) return ErrorToResponse(reason.error());
              return RecordOut(200, billing::Spec("sales-orders"),
                               s.credit_holds.Release(*c.caller, c.ids[0], *reason), *c.caller);
            }});
  host.Add({"GET", "/api/v1/credit-holds", "list_credit_holds",
            "The orders on credit hold the caller may see, oldest hold first, with the reason "
            "and the amounts",
            "Sales order", true, RouteKind::kCustom, nullptr, "", "CreditHolds", 200,
            [&s](RouteContext& c) {
              auto held = s.credit_holds.Held(*c.caller);
              if (!held.ok()) return ErrorToResponse(held.error());
              json::array items;
              for (const auto& r : *held) {
                items.push_back(
                    app::RecordToJson(billing::Spec("sales-orders"), r, app::SeesCost(*c.caller)));
              }
              return JsonResponse(200, json::object{{"items", std::move(items)}});
            }});
  host.Add({"GET", "/api/v1/accounts/{id}/credit-exposure", "get_account_credit_exposure",
            "The account's credit limit, open receivables, confirmed orders not yet invoiced and "
            "what is available, in the limit's currency",
            "Account", true, RouteKind::kCustom, nullptr, "", "CreditExposure", 200,
            [&s](RouteContext& c) {
              auto e = s.credit_holds.Exposure(*c.caller, c.ids[0]);
              if (!e.ok()) return ErrorToResponse(e.error());
              return JsonResponse(200, ExposureJson(*e));
            }});
}

}  // namespace salesdesk::http
