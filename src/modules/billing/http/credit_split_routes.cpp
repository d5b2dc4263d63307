// PUT /sales-orders/{id}/credit-splits and PUT /invoices/{id}/credit-splits (decision 0045): the
// document's credit shares replaced as one set; the rows are read through the generic routes
// (sales-order-credit-splits, invoice-credit-splits).
#include "http/json_response.h"
#include "modules/billing/http/billing_http_module.h"
#include "modules/billing/http/billing_route_helpers.h"
#include "modules/billing/http/credit_split_json.h"

namespace salesdesk::http {
namespace {

namespace json = boost::json;
namespace billing = modules::billing;
using namespace billing_json;
using core::billing::CreditShare;

core::Result<std::int64_t> ShareMember(const json::value& v, const std::string& field) {
  if (!v.is_int64()) {
    return core::Error::Invalid(
        field, core::Msg("field.out_of_range", {{"field", field}, {"min", "1"}, {"max", "10000"}}));
  }
  return v.as_int64();
}

}  // namespace

namespace billing_json {

core::Result<std::vector<CreditShare>> DecodeCreditSplits(const std::string& body) {
  SD_ASSIGN(json::object o, app::ParseBodyObject(body));
  std::vector<CreditShare> out;
  bool has = false;
  for (const auto& [key, value] : o) {
    if (key != "credit_splits") return Unknown(key, "credit split");
    has = true;
    if (!value.is_array()) {
      return core::Error::Invalid("credit_splits",
                                  core::Msg("billing.credit_splits_total", {{"total_bp", "0"}}));
    }
    const json::array& items = value.as_array();
    for (std::size_t i = 0; i < items.size(); ++i) {
      const std::string at = "credit_splits/" + std::to_string(i);
      if (!items[i].is_object()) return Required(at + "/user_id");
      CreditShare s;
      bool has_user = false, has_share = false;
      for (const auto& [k, v] : items[i].as_object()) {
        if (k == "user_id") {
          SD_ASSIGN(s.user_id, IdMember(v, at + "/user_id"));
          has_user = true;
        } else if (k == "share_bp") {
          SD_ASSIGN(s.share_bp, ShareMember(v, at + "/share_bp"));
          has_share = true;
        } else if (k == "kind") {
          if (!v.is_string() || (v.as_string() != "revenue" && v.as_string() != "overlay")) {
            return core::Error::Invalid(
                at + "/kind", core::Msg("field.not_in_enum",
                                        {{"field", at + "/kind"}, {"values", "revenue, overlay"}}));
          }
          s.overlay = v.as_string() == "overlay";
        } else {
          return Unknown(at + "/" + std::string(k), "credit split");
        }
      }
      if (!has_user) return Required(at + "/user_id");
      if (!has_share) return Required(at + "/share_bp");
      out.push_back(s);
    }
  }
  if (!has) return Required("credit_splits");
  return out;
}

Response CreditSplitsResponse(const core::Result<std::vector<app::Record>>& rows,
                              std::string_view plural, const app::Caller& caller) {
  if (!rows.ok()) return ErrorToResponse(rows.error());
  json::array items;
  for (const auto& r : *rows) {
    items.push_back(app::RecordToJson(billing::Spec(plural), r, app::SeesCost(caller)));
  }
  return JsonResponse(200, json::object{{"credit_splits", std::move(items)}});
}

}  // namespace billing_json

namespace {

void AddOne(ModuleHost& host, BillingServices& s, billing::SplitDocument kind) {
  const bool order = kind == billing::SplitDocument::kSalesOrder;
  const char* plural = order ? "sales-order-credit-splits" : "invoice-credit-splits";
  host.Add(
      {"PUT",
       order ? "/api/v1/sales-orders/{id}/credit-splits" : "/api/v1/invoices/{id}/credit-splits",
       order ? "replace_sales_order_credit_splits" : "replace_invoice_credit_splits",
       order ? "Replace the order's credit split between reps (revenue shares in basis points "
               "summing to 10,000, none: 100 % to the owner; overlay shares on top) until it is "
               "invoiced; the invoice copies it"
             : "Replace a draft invoice's credit split between reps (revenue shares in basis "
               "points summing to 10,000, none: 100 % to the owner; overlay shares on top); a "
               "posted invoice's never changes",
       order ? "Sales order" : "Invoice", true, RouteKind::kCustom, nullptr, "CreditSplitsRequest",
       "CreditSplits", 200, [&s, kind, plural](RouteContext& c) {
         auto in = DecodeCreditSplits(c.request.body);
         if (!in.ok()) return ErrorToResponse(in.error());
         return CreditSplitsResponse(s.credit_splits.Replace(*c.caller, kind, c.ids[0], *in),
                                     plural, *c.caller);
       }});
}

}  // namespace

void AddCreditSplitRoutes(ModuleHost& host, BillingServices& s) {
  AddOne(host, s, billing::SplitDocument::kSalesOrder);
  AddOne(host, s, billing::SplitDocument::kInvoice);
}

}  // namespace salesdesk::http
