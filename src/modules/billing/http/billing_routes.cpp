// POST /invoices, POST /invoices/{id}/post, POST /payments, GET /receivables/ageing and
// GET /receivables/dso (docs/billing.md); credit notes and dunning have their own files. Reads
// of the records themselves are the generic record routes.
#include <boost/json.hpp>

#include <charconv>

#include "app/access/access_policy.h"
#include "app/records/record_json.h"
#include "core/money/currency.h"
#include "http/error_response.h"
#include "http/idempotency_header.h"
#include "http/if_match.h"
#include "http/json_response.h"
#include "http/query_string.h"
#include "modules/billing/app/billing_records.h"
#include "modules/billing/app/receivables_ageing.h"
#include "modules/billing/app/receivables_by_group.h"
#include "modules/billing/http/billing_http_module.h"
#include "modules/billing/http/billing_route_helpers.h"

namespace salesdesk::http {
namespace {

namespace json = boost::json;
namespace billing = modules::billing;
using core::Error;
using namespace billing_json;

core::Result<billing::InvoiceRequest> DecodeInvoice(const std::string& body) {
  SD_ASSIGN(json::object o, app::ParseBodyObject(body));
  billing::InvoiceRequest r;
  for (const auto& [key, value] : o) {
    if (key == "sales_order_id") {
      SD_ASSIGN(r.sales_order_id, IdMember(value, "sales_order_id"));
    } else if (key == "invoice_date") {
      if (!value.is_null()) {
        SD_ASSIGN(r.invoice_date, DateMember(value, "invoice_date"));
      }
    } else if (key == "payment_term_id") {
      if (!value.is_null()) {
        SD_ASSIGN(r.payment_term_id, IdMember(value, "payment_term_id"));
      }
    } else {
      return Unknown(key, "invoice");
    }
  }
  if (r.sales_order_id == 0) {
    return Error::Invalid("sales_order_id",
                          core::Msg("field.required", {{"field", "sales_order_id"}}));
  }
  return r;
}

core::Result<core::Money> DecodeMoney(const json::value& v) {
  if (!v.is_object())
    return Error::Invalid("amount", core::Msg("field.money_not_object", {{"field", "amount"}}));
  const json::object& o = v.as_object();
  for (const auto& [key, _] : o) {
    if (key != "amount" && key != "currency") {
      return Error::Invalid("amount/" + std::string(key), core::Msg("field.money_unknown_member"));
    }
  }
  const json::value* c = o.if_contains("currency");
  if (c == nullptr || !c->is_string()) {
    return Error::Invalid("amount/currency", core::Msg("field.money_currency_required"));
  }
  auto currency = core::ParseCurrency(std::string(c->as_string()));
  if (!currency.ok()) return Error::Invalid("amount/currency", currency.error());
  const json::value* a = o.if_contains("amount");
  if (a == nullptr || !a->is_string()) {
    return Error::Invalid("amount/amount", core::Msg("field.money_amount_required"));
  }
  auto money = core::ParseMoney(std::string(a->as_string()), *currency);
  if (!money.ok()) return Error::Invalid("amount", money.error());
  if (money->minor <= 0) {
    return Error::Invalid(
        "amount",
        core::Msg("field.out_of_range", {{"field", "amount"}, {"min", "0.01"}, {"max", "any"}}));
  }
  return *money;
}

core::Result<billing::PaymentRequest> DecodePayment(const std::string& body) {
  SD_ASSIGN(json::object o, app::ParseBodyObject(body));
  billing::PaymentRequest r;
  bool has_date = false;
  for (const auto& [key, value] : o) {
    if (key == "account_id") {
      SD_ASSIGN(r.account_id, IdMember(value, "account_id"));
    } else if (key == "amount") {
      SD_ASSIGN(r.amount, DecodeMoney(value));
    } else if (key == "paid_on") {
      SD_ASSIGN(r.paid_on, DateMember(value, "paid_on"));
      has_date = true;
    } else if (key == "invoice_id") {
      if (!value.is_null()) {
        SD_ASSIGN(r.invoice_id, IdMember(value, "invoice_id"));
      }
    } else {
      return Unknown(key, "payment");
    }
  }
  for (const char* f : {"account_id", "amount", "paid_on"}) {
    const bool missing = (std::string(f) == "account_id" && r.account_id == 0) ||
                         (std::string(f) == "amount" && !r.amount) ||
                         (std::string(f) == "paid_on" && !has_date);
    if (missing) return Error::Invalid(f, core::Msg("field.required", {{"field", f}}));
  }
  return r;
}

struct AgeingQuery {
  core::Date as_of;
  billing::AgeingGroup group = billing::AgeingGroup::kNone;
  std::optional<billing::PeopleGroup> people;  // rep, team, territory (decision 0049)
  std::string group_name = "none";
};

core::Result<AgeingQuery> DecodeAgeingQuery(const Request& request) {
  SD_ASSIGN(QueryParams params, ParseQueryString(request.query));
  AgeingQuery q;
  bool has_as_of = false;
  for (const auto& [name, value] : params) {
    if (name == "as_of") {
      auto d = core::ParseDate(value);
      if (!d.ok()) return Error::Invalid("as_of", d.error());
      q.as_of = *d;
      has_as_of = true;
    } else if (name == "group") {
      if (value == "account") {
        q.group = billing::AgeingGroup::kAccount;
      } else if (value == "owner") {
        q.group = billing::AgeingGroup::kOwner;
      } else if (value == "rep") {
        q.people = billing::PeopleGroup::kRep;
      } else if (value == "team") {
        q.people = billing::PeopleGroup::kTeam;
      } else if (value == "territory") {
        q.people = billing::PeopleGroup::kTerritory;
      } else {
        return Error::Invalid(
            "group",
            core::Msg("field.not_in_enum",
                      {{"field", "group"}, {"values", "account, owner, rep, team, territory"}}));
      }
      q.group_name = value;
    } else {
      return Error::Invalid(name, core::Msg("billing.ageing_param"));
    }
  }
  if (!has_as_of) return Error::Invalid("as_of", core::Msg("field.required", {{"field", "as_of"}}));
  return q;
}

core::Result<json::object> AgeingJson(const AgeingQuery& q, const billing::AgeingReport& report) {
  SD_ASSIGN(core::Currency base, core::ParseCurrency(report.base_currency));
  json::array rows;
  for (const auto& line : report.lines) {
    const auto& r = line.row;
    const core::Currency& c = r.currency;
    rows.push_back(json::object{
        {"group_id", line.group_id ? json::value(*line.group_id) : json::value(nullptr)},
        {"currency", c.code()},
        {"not_due", MoneyJson(r.not_due, c)},
        {"d0_30", MoneyJson(r.buckets.at(0), c)},
        {"d31_60", MoneyJson(r.buckets.at(1), c)},
        {"d61_90", MoneyJson(r.buckets.at(2), c)},
        {"over_90", MoneyJson(r.buckets.at(3), c)},
        {"open", MoneyJson(r.open, c)},
        {"unapplied", MoneyJson(r.unapplied, c)},
        {"carrying_base", MoneyJson(r.carrying_base, base)},
        {"unapplied_base", MoneyJson(r.unapplied_base, base)}});
  }
  return json::object{{"as_of", q.as_of.ToString()},
                      {"group", q.group_name},
                      {"base_currency", report.base_currency},
                      {"rows", std::move(rows)}};
}

struct DsoQuery {
  core::Date as_of;
  int days = 90;
};

core::Result<DsoQuery> DecodeDsoQuery(const Request& request) {
  SD_ASSIGN(QueryParams params, ParseQueryString(request.query));
  DsoQuery q;
  bool has_as_of = false;
  for (const auto& [name, value] : params) {
    if (name == "as_of") {
      auto d = core::ParseDate(value);
      if (!d.ok()) return Error::Invalid("as_of", d.error());
      q.as_of = *d;
      has_as_of = true;
    } else if (name == "days") {
      int n = 0;
      const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
      if (ec != std::errc() || end != value.data() + value.size() || n < 1 || n > 3660) {
        return Error::Invalid(
            "days",
            core::Msg("field.out_of_range", {{"field", "days"}, {"min", "1"}, {"max", "3660"}}));
      }
      q.days = n;
    } else {
      return Error::Invalid(name, core::Msg("billing.dso_param"));
    }
  }
  if (!has_as_of) return Error::Invalid("as_of", core::Msg("field.required", {{"field", "as_of"}}));
  return q;
}

// Tenths of a day as "22.5"; n/a as null.
json::value Days(std::optional<std::int64_t> tenths) {
  if (!tenths) return nullptr;
  return json::value(std::to_string(*tenths / 10) + "." + std::to_string(*tenths % 10));
}

core::Result<json::object> DsoJson(const DsoQuery& q, const billing::DsoReport& report) {
  SD_ASSIGN(core::Currency base, core::ParseCurrency(report.base_currency));
  auto line = [&](const billing::DsoLine& l) {
    json::object o{{"receivables", MoneyJson(l.figures.receivables, base)},
                   {"credit_sales", MoneyJson(l.figures.credit_sales, base)},
                   {"dso_days", Days(l.tenths)}};
    if (l.owner_id) o["owner_id"] = *l.owner_id;
    return o;
  };
  json::array reps;
  for (const auto& r : report.reps) reps.push_back(line(r));
  return json::object{{"as_of", q.as_of.ToString()},
                      {"days", q.days},
                      {"base_currency", report.base_currency},
                      {"reps", std::move(reps)},
                      {"total", line(report.total)}};
}

}  // namespace

void AddBillingRoutes(ModuleHost& host, BillingServices& s) {
  host.Add({"POST", "/api/v1/invoices", "create_invoice",
            "A draft invoice from a confirmed sales order: its lines at their locked prices and "
            "its totals exactly (finance and the director)",
            "Invoice", true, RouteKind::kCustom, nullptr, "InvoiceCreateRequest", "Invoice", 201,
            [&s](RouteContext& c) {
              auto in = DecodeInvoice(c.request.body);
              if (!in.ok()) return ErrorToResponse(in.error());
              return Created(c, "invoices",
                             [&](const app::IdempotencyRequest* key,
                                 const app::Renderer<app::Record>& render) {
                               return s.invoices.Create(*c.caller, *in, key, render);
                             });
            }})
      .idempotent = true;
  host.Add({"POST", "/api/v1/invoices/{id}/post", "post_invoice",
            "Post a draft (If-Match): its number without gaps per year, its instalments from the "
            "payment terms (E-R1) and its base at the dated rate (E-R6); posted invoices never "
            "change",
            "Invoice", true, RouteKind::kCustom, nullptr, "", "Invoice", 200,
            [&s](RouteContext& c) {
              // Who may not post learns that before being asked for a version.
              auto may = app::CheckMayWrite(*c.caller, billing::Spec("invoices"));
              if (!may.ok()) return ErrorToResponse(may.error());
              auto version = IfMatchVersion(c.request);
              if (!version.ok()) return ErrorToResponse(version.error());
              return RecordOut(200, billing::Spec("invoices"),
                               s.invoices.Post(*c.caller, c.ids[0], *version), *c.caller);
            }})
      .if_match = true;
  host.Add({"POST", "/api/v1/payments", "create_payment",
            "Record a payment in any currency; naming a posted invoice applies it to the "
            "invoice's open instalments oldest due first (E-R2) with its realised FX (E-R6), the "
            "rest stays unapplied on the customer",
            "Payment", true, RouteKind::kCustom, nullptr, "PaymentCreateRequest", "Payment", 201,
            [&s](RouteContext& c) {
              auto in = DecodePayment(c.request.body);
              if (!in.ok()) return ErrorToResponse(in.error());
              return Created(c, "payments",
                             [&](const app::IdempotencyRequest* key,
                                 const app::Renderer<app::Record>& render) {
                               return s.payments.Receive(*c.caller, *in, key, render);
                             });
            }})
      .idempotent = true;
  host.Add({"GET", "/api/v1/receivables/ageing", "get_receivables_ageing",
            "Open receivables at ?as_of= per currency in the buckets not due, 0-30, 31-60, 61-90 "
            "and > 90 days past due (E-R4), unapplied credit apart, with the carrying base; "
            "?group=account|owner|rep|team|territory (rep: each rep's credited share; team: "
            "the sum of its members' shares; territory: the account's). Only the invoices the "
            "caller may see",
            "Invoice", true, RouteKind::kCustom, nullptr, "", "Ageing", 200, [&s](RouteContext& c) {
              auto q = DecodeAgeingQuery(c.request);
              if (!q.ok()) return ErrorToResponse(q.error());
              auto report =
                  q->people ? billing::AgeReceivablesBy(s.store, *c.caller, q->as_of, *q->people)
                            : billing::AgeReceivables(s.store, *c.caller, q->as_of, q->group);
              if (!report.ok()) return ErrorToResponse(report.error());
              auto body = AgeingJson(*q, *report);
              if (!body.ok()) return ErrorToResponse(body.error());
              return JsonResponse(200, *body);
            }});
  host.Add({"GET", "/api/v1/receivables/dso", "get_receivables_dso",
            "Days sales outstanding at ?as_of= over ?days= (default 90) per rep, the invoice's "
            "owner, and in total (E-R7): AR at carrying base × days ÷ credit sales of the window, "
            "in days to one decimal, null when there were no credit sales",
            "Invoice", true, RouteKind::kCustom, nullptr, "", "Dso", 200, [&s](RouteContext& c) {
              auto q = DecodeDsoQuery(c.request);
              if (!q.ok()) return ErrorToResponse(q.error());
              auto report = billing::DsoByRep(s.store, *c.caller, q->as_of, q->days);
              if (!report.ok()) return ErrorToResponse(report.error());
              auto body = DsoJson(*q, *report);
              if (!body.ok()) return ErrorToResponse(body.error());
              return JsonResponse(200, *body);
            }});
  AddCreditNoteRoutes(host, s);
  AddDunningRoutes(host, s);
  AddCreditSplitRoutes(host, s);
  AddCreditHoldRoutes(host, s);
  AddWriteOffRoutes(host, s);
  AddBillingPdfRoutes(host, s);
  AddPaymentApplyRoute(host);
}

}  // namespace salesdesk::http
