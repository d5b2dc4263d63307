// The negotiation desk's actions (docs/sales-desk-api.md): the pricing simulator, quotes with
// their lines and workflow, approval decisions, order conversion and state changes. Reads of
// the plain records (lists, get) are the generic record routes.
#include <boost/json.hpp>

#include "app/access/access_policy.h"
#include "app/records/record_json.h"
#include "http/error_response.h"
#include "http/idempotency_header.h"
#include "http/if_match.h"
#include "http/json_response.h"
#include "http/simple_body.h"
#include "modules/sales/http/sales_http_module.h"

namespace salesdesk::http {
namespace {

namespace json = boost::json;
using core::Error;
namespace sales = app::sales;

const app::EntitySpec& Spec(std::string_view plural) { return *app::FindEntity(plural); }

// Taken by value: an answer built from a document about to be dropped moves its expanded
// explanations (tens of KB per line with many rules) instead of copying them.
json::object DocumentJson(sales::QuoteDocument doc, const app::Caller& caller) {
  const bool cost = app::SeesCost(caller);
  json::array lines;
  lines.reserve(doc.lines.size());
  for (std::size_t i = 0; i < doc.lines.size(); ++i) {
    app::Record& record = doc.lines[i];
    // The stored explanations, compact, are answered expanded (with names) as one field: the
    // stored ones are not even parsed.
    record.erase("cost_explanation");
    const bool expanded = i < doc.explanations.size();
    if (expanded) record.erase("explanation");
    json::object line = app::RecordToJson(Spec("quote-lines"), record, cost);
    line.erase("cost_explanation");
    if (expanded) line["explanation"] = std::move(doc.explanations[i]);
    lines.push_back(std::move(line));
  }
  json::array actions;
  for (const auto& a : doc.allowed_actions) actions.emplace_back(a);
  json::object out{{"quote", app::RecordToJson(Spec("quotes"), doc.quote, cost)},
                   {"lines", std::move(lines)},
                   {"deviations", std::move(doc.deviations)},
                   {"approval", doc.approval ? json::value(app::RecordToJson(
                                                   Spec("approval-requests"), *doc.approval, cost))
                                             : json::value(nullptr)},
                   {"allowed_actions", std::move(actions)}};
  if (!doc.repriced.empty()) out["repriced"] = std::move(doc.repriced);
  return out;
}

std::string QuotePath(const sales::QuoteDocument& doc) {
  return "/api/v1/quotes/" + std::to_string(app::RecordId(doc.quote));
}

Response DocumentResponse(int status, sales::QuoteDocument doc, const app::Caller& caller) {
  const std::int64_t version = app::RecordVersion(doc.quote);
  const std::string path = QuotePath(doc);
  Response r = JsonResponse(status, DocumentJson(std::move(doc), caller));
  r.headers.emplace_back("ETag", ETagFor(version));
  if (status == 201) r.headers.emplace_back("Location", path);
  return r;
}

Response DocumentResponse(int status, core::Result<sales::QuoteDocument> doc,
                          const app::Caller& caller) {
  if (!doc.ok()) return ErrorToResponse(doc.error());
  return DocumentResponse(status, std::move(doc).value(), caller);
}

// An optional {"comment": "..."} body.
core::Result<std::string> Comment(const Request& request) {
  if (request.body.empty()) return std::string();
  SD_ASSIGN(auto body, DecodeSimpleBody(request.body, {{"comment", false, false}}));
  return body.count("comment") ? body["comment"] : std::string();
}

// {"line_keys": ["L1", ...]} re-prices those lines; no body (or no keys) the whole quote.
core::Result<sales::RepriceRequest> DecodeReprice(const std::string& body) {
  sales::RepriceRequest request;
  if (body.empty()) {
    request.all = true;
    return request;
  }
  SD_ASSIGN(auto object, app::ParseBodyObject(body));
  for (const auto& [key, value] : object) {
    if (key != "line_keys") {
      return Error::Invalid(std::string(key), core::Msg("quote.reprice_unknown_field"));
    }
    if (!value.is_array()) {
      return Error::Invalid("line_keys", core::Msg("quote.reprice_line_keys"));
    }
    for (const auto& k : value.as_array()) {
      if (!k.is_string() || k.as_string().empty()) {
        return Error::Invalid("line_keys", core::Msg("quote.reprice_line_key"));
      }
      request.line_keys.insert(std::string(k.as_string()));
    }
  }
  request.all = request.line_keys.empty();
  return request;
}

core::Result<sales::SimulateInput> DecodeSimulate(const std::string& body) {
  SD_ASSIGN(auto fields, DecodeSimpleBody(body, {{"account_id", true, true},
                                                 {"product_id", true, true},
                                                 {"quantity", false, true},
                                                 {"unit", false, false},
                                                 {"date", false, false},
                                                 {"price_list_id", true, false},
                                                 {"channel", false, false}}));
  sales::SimulateInput in;
  in.account_id = std::stoll(fields["account_id"]);
  in.product_id = std::stoll(fields["product_id"]);
  auto quantity = core::Quantity::Parse(fields["quantity"]);
  if (!quantity.ok() || quantity->units() <= 0) {
    return Error::Invalid("quantity", core::Msg("simulator.quantity"));
  }
  in.quantity = *quantity;
  in.unit = fields["unit"];
  if (!fields["date"].empty()) {
    auto date = core::ParseDate(fields["date"]);
    if (!date.ok()) return Error::Invalid("date", date.error());
    in.date = *date;
  }
  if (!fields["price_list_id"].empty()) in.price_list_id = std::stoll(fields["price_list_id"]);
  in.channel = fields["channel"].empty() ? "direct" : fields["channel"];
  return in;
}

Response RecordOut(int status, const app::EntitySpec& e, const core::Result<app::Record>& r,
                   const app::Caller& caller) {
  if (!r.ok()) return ErrorToResponse(r.error());
  Response out = JsonResponse(status, app::RecordToJson(e, *r, app::SeesCost(caller)));
  out.headers.emplace_back("ETag", ETagFor(app::RecordVersion(*r)));
  return out;
}

// A sales order made by `make` (converted from a quote, or taken): 201 with the order, its ETag
// and Location, once per Idempotency-Key.
template <typename Make>
Response OrderCreated(RouteContext& c, Make make) {
  return CreateOnce<app::Record>(
      c.request,
      [&](const app::Record& order) {
        return RecordOut(201, Spec("sales-orders"), order, *c.caller);
      },
      [](const app::Record& order) {
        return "/api/v1/sales-orders/" + std::to_string(app::RecordId(order));
      },
      make);
}

}  // namespace

void AddSalesRoutes(ModuleHost& host, SalesServices& s) {
  auto add = [&host](std::string method, std::string pattern, std::string id, std::string summary,
                     std::string tag, std::string request_schema, std::string response_schema,
                     int status, RouteHandler handler) -> Route& {
    return host.Add({std::move(method), std::move(pattern), std::move(id), std::move(summary),
                     std::move(tag), true, RouteKind::kCustom, nullptr, std::move(request_schema),
                     std::move(response_schema), status, std::move(handler)});
  };
  add("POST", "/api/v1/pricing/simulate", "simulate_pricing",
      "Price one line as a quote would, with the full explanation", "Pricing", "SimulateRequest",
      "SimulateResponse", 200, [&s](RouteContext& c) {
        auto in = DecodeSimulate(c.request.body);
        if (!in.ok()) return ErrorToResponse(in.error());
        auto out = s.quotes.Simulate(*c.caller, *in);
        return out.ok() ? JsonResponse(200, *out) : ErrorToResponse(out.error());
      });
  add("POST", "/api/v1/quotes", "create_quote", "Create a draft quote priced by the engine",
      "Quote", "QuoteInput", "QuoteDocument", 201,
      [&s](RouteContext& c) {
        auto in = sales::DecodeQuoteInput(c.request.body, true);
        if (!in.ok()) return ErrorToResponse(in.error());
        return CreateOnce<sales::QuoteDocument>(
            c.request,
            [&](const sales::QuoteDocument& doc) { return DocumentResponse(201, doc, *c.caller); },
            [](const sales::QuoteDocument& doc) { return QuotePath(doc); },
            [&](const app::IdempotencyRequest* key,
                const app::Renderer<sales::QuoteDocument>& render) {
              return s.quotes.Create(*c.caller, std::move(in).value(), key, render);
            });
      })
      .idempotent = true;
  add("POST", "/api/v1/quotes/preview", "preview_quote",
      "Price and check a quote body as create would, without storing it (live pricing)", "Quote",
      "QuoteInput", "QuotePreview", 200, [&s](RouteContext& c) {
        auto in = sales::DecodeQuoteInput(c.request.body, true);
        if (!in.ok()) return ErrorToResponse(in.error());
        auto doc = s.quotes.Preview(*c.caller, std::move(in).value());
        if (!doc.ok()) return ErrorToResponse(doc.error());
        return JsonResponse(200, DocumentJson(std::move(doc).value(), *c.caller));
      });
  add("PUT", "/api/v1/quotes/{id}", "replace_quote",
      "Replace a quote's header and lines (If-Match required)", "Quote", "QuoteInput",
      "QuoteDocument", 200, [&s](RouteContext& c) {
        auto version = IfMatchVersion(c.request);
        if (!version.ok()) return ErrorToResponse(version.error());
        auto in = sales::DecodeQuoteInput(c.request.body, false);
        if (!in.ok()) return ErrorToResponse(in.error());
        return DocumentResponse(
            200, s.quotes.Replace(*c.caller, c.ids[0], *version, std::move(in).value()), *c.caller);
      });
  add("POST", "/api/v1/quotes/{id}/reprice", "reprice_quote",
      "Price the named lines (or the whole quote) afresh with today's rules and list prices; the "
      "answer's repriced lists each line's old and new price (If-Match required)",
      "Quote", "RepriceRequest", "QuoteDocument", 200,
      [&s](RouteContext& c) {
        auto version = IfMatchVersion(c.request);
        if (!version.ok()) return ErrorToResponse(version.error());
        auto request = DecodeReprice(c.request.body);
        if (!request.ok()) return ErrorToResponse(request.error());
        return DocumentResponse(
            200, s.quotes.Reprice(*c.caller, c.ids[0], *version, std::move(request).value()),
            *c.caller);
      })
      .if_match = true;
  add("GET", "/api/v1/quotes/{id}/document", "get_quote_document",
      "A quote with its lines, deviations, approval and allowed actions", "Quote", "",
      "QuoteDocument", 200, [&s](RouteContext& c) {
        return DocumentResponse(200, s.quotes.Document(*c.caller, c.ids[0]), *c.caller);
      });
  add("POST", "/api/v1/quotes/{id}/submit", "submit_quote",
      "Approve within the owner's authority, or request approval up the team chain (If-Match: "
      "the quote's version)",
      "Quote", "", "QuoteDocument", 200,
      [&s](RouteContext& c) {
        auto version = IfMatchVersion(c.request);
        if (!version.ok()) return ErrorToResponse(version.error());
        return DocumentResponse(200, s.quotes.Submit(*c.caller, c.ids[0], *version), *c.caller);
      })
      .if_match = true;
  const std::pair<const char*, sales::QuoteAction> acts[] = {
      {"send", sales::QuoteAction::kSend},
      {"accept", sales::QuoteAction::kAccept},
      {"reject", sales::QuoteAction::kReject},
      {"revise", sales::QuoteAction::kRevise}};
  for (const auto& [name, action] : acts) {
    const sales::QuoteAction a = action;
    add("POST", "/api/v1/quotes/{id}/" + std::string(name), std::string(name) + "_quote",
        std::string("Quote workflow: ") + name + " (If-Match: the quote's version)", "Quote",
        "CommentRequest", "QuoteDocument", 200,
        [&s, a](RouteContext& c) {
          auto version = IfMatchVersion(c.request);
          if (!version.ok()) return ErrorToResponse(version.error());
          auto comment = Comment(c.request);
          if (!comment.ok()) return ErrorToResponse(comment.error());
          return DocumentResponse(200, s.quotes.Act(*c.caller, c.ids[0], a, *comment, *version),
                                  *c.caller);
        })
        .if_match = true;
  }
  for (const bool approve : {true, false}) {
    add("POST", std::string("/api/v1/approval-requests/{id}/") + (approve ? "approve" : "reject"),
        std::string(approve ? "approve" : "reject") + "_approval_request",
        approve ? "Approve a pending request (not one's own); If-Match: the quote's version"
                : "Reject a pending request with a comment; If-Match: the quote's version",
        "Approval request", "CommentRequest", "QuoteDocument", 200,
        [&s, approve](RouteContext& c) {
          auto version = IfMatchVersion(c.request);
          if (!version.ok()) return ErrorToResponse(version.error());
          auto comment = Comment(c.request);
          if (!comment.ok()) return ErrorToResponse(comment.error());
          return DocumentResponse(
              200, s.quotes.Decide(*c.caller, c.ids[0], approve, *comment, *version), *c.caller);
        })
        .if_match = true;
  }
  Route& convert = add(
      "POST", "/api/v1/quotes/{id}/convert", "convert_quote",
      "Turn an accepted quote into a sales order at the quote's prices (If-Match: the quote's "
      "version)",
      "Quote", "", "SalesOrder", 201, [&s](RouteContext& c) {
        auto version = IfMatchVersion(c.request);
        if (!version.ok()) return ErrorToResponse(version.error());
        return OrderCreated(
            c, [&](const app::IdempotencyRequest* key, const app::Renderer<app::Record>& render) {
              return s.orders.Convert(*c.caller, c.ids[0], *version, key, render);
            });
      });
  convert.if_match = true;
  convert.idempotent = true;
  Route& intake = add(
      "POST", "/api/v1/sales-orders", "take_sales_order",
      "Take an order without a quote (phone, e-mail, a customer's system): each line priced by "
      "the engine as a quote line of the account would be today, with the price list named or "
      "the account's; numbered and stored in one transaction, confirmed in it when `confirm` "
      "(credit checks included). Manual prices need a quote",
      "Sales order", "SalesOrderIntake", "SalesOrder", 201, [&s](RouteContext& c) {
        auto in = sales::DecodeOrderIntake(c.request.body);
        if (!in.ok()) return ErrorToResponse(in.error());
        return OrderCreated(
            c, [&](const app::IdempotencyRequest* key, const app::Renderer<app::Record>& render) {
              return s.intake.Take(*c.caller, *in, key, render);
            });
      });
  intake.idempotent = true;
  for (const bool confirm : {true, false}) {
    add("POST", std::string("/api/v1/sales-orders/{id}/") + (confirm ? "confirm" : "cancel"),
        std::string(confirm ? "confirm" : "cancel") + "_sales_order",
        confirm ? "Confirm an open order" : "Cancel an order", "Sales order", "", "SalesOrder", 200,
        [&s, confirm](RouteContext& c) {
          auto r =
              s.orders.Act(*c.caller, c.ids[0],
                           confirm ? sales::OrderAction::kConfirm : sales::OrderAction::kCancel);
          return RecordOut(200, Spec("sales-orders"), r, *c.caller);
        });
  }
  add("POST", "/api/v1/notifications/{id}/read", "read_notification",
      "Mark one of your notifications read", "Notification", "", "Notification", 200,
      [&s](RouteContext& c) {
        return RecordOut(200, Spec("notifications"), s.orders.MarkRead(*c.caller, c.ids[0]),
                         *c.caller);
      });
}

}  // namespace salesdesk::http
