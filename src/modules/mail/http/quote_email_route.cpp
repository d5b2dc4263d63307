// POST /api/v1/quotes/{id}/email {to?, cc?, subject?, message?}: the quote's customer PDF (never
// the internal variant, decision 0018) in the quote's language goes into the outbox, and the
// send is logged on the account's timeline. Idempotency-Key: a retried request queues nothing
// more.
#include <boost/json.hpp>

#include "app/records/record_fields.h"
#include "app/records/record_json.h"
#include "http/error_response.h"
#include "http/idempotency_header.h"
#include "http/json_response.h"
#include "modules/mail/app/outbox.h"
#include "modules/mail/core/mail/mime_message.h"
#include "modules/mail/http/mail_http_module.h"
#include "modules/sales/app/quote_print_model.h"
#include "modules/sales/pdf/quote_pdf.h"

namespace salesdesk::http {
namespace {

namespace json = boost::json;
using core::Error;
using modules::mail::QuoteMailRequest;

core::Result<std::string> TextMember(const json::value& v, const char* field, std::size_t max) {
  if (!v.is_string())
    return Error::Invalid(field, core::Msg("field.not_string", {{"field", field}}));
  std::string s(v.as_string());
  if (s.size() > max) {
    return Error::Invalid(
        field, core::Msg("field.too_long", {{"field", field}, {"max", std::to_string(max)}}));
  }
  return s;
}

core::Result<QuoteMailRequest> DecodeRequest(const std::string& body) {
  QuoteMailRequest r;
  if (body.empty()) return r;
  SD_ASSIGN(json::object object, app::ParseBodyObject(body));
  for (const auto& [key, value] : object) {
    if (key == "to") {
      SD_ASSIGN(r.to, TextMember(value, "to", 254));
    } else if (key == "cc") {
      if (value.is_string()) {
        r.cc = core::mail::SplitAddresses(value.as_string());
      } else if (value.is_array()) {
        for (const auto& a : value.as_array()) {
          SD_ASSIGN(std::string address, TextMember(a, "cc", 254));
          r.cc.push_back(std::move(address));
        }
      } else {
        return Error::Invalid("cc", core::Msg("mail.cc"));
      }
      if (r.cc.size() > 10) return Error::Invalid("cc", core::Msg("mail.cc"));
    } else if (key == "subject") {
      SD_ASSIGN(r.subject, TextMember(value, "subject", 200));
    } else if (key == "message") {
      SD_ASSIGN(r.message, TextMember(value, "message", 4000));
    } else {
      return Error::Invalid(std::string(key),
                            core::Msg("field.unknown", {{"field", std::string(key)},
                                                        {"entity", "QuoteEmailRequest"}}));
    }
  }
  return r;
}

}  // namespace

void AddQuoteEmailRoute(ModuleHost& host, MailServices& s) {
  const app::EntitySpec* outbox = &modules::mail::MailSpec("outbox-messages");
  Route& route = host.Add(
      {"POST", "/api/v1/quotes/{id}/email", "email_quote",
       "E-mail the quote's customer PDF (in the quote's language) through the outbox; logged as "
       "an e-mail activity on the account's timeline. `to` defaults to the quote's contact",
       "Quote", true, RouteKind::kCustom, nullptr, "QuoteEmailRequest", "OutboxMessage", 201,
       [&s, outbox](RouteContext& c) {
         auto may = modules::mail::QuoteMail::CheckMaySend(*c.caller);
         if (!may.ok()) return ErrorToResponse(may.error());
         auto request = DecodeRequest(c.request.body);
         if (!request.ok()) return ErrorToResponse(request.error());
         // The customer document, whoever sends it: never cost or margin.
         auto data =
             s.sales.quotes.PrintData(*c.caller, c.ids[0], app::sales::PrintVariant::kCustomer);
         if (!data.ok()) return ErrorToResponse(data.error());
         std::string lang = app::TextOf(data->document.quote, "language");
         if (lang.empty()) lang = "en";
         auto input = app::sales::BuildQuotePrint(*data, lang);
         if (!input.ok()) return ErrorToResponse(input.error());
         auto rendered = pdf::RenderQuotePdf(*input);
         if (!rendered.ok()) return ErrorToResponse(rendered.error());
         modules::mail::QuotePdfFile file{std::move(rendered).value(),
                                          app::TextOf(data->document.quote, "number") + ".pdf",
                                          lang};
         return CreateOnce<app::Record>(
             c.request,
             [&](const app::Record& m) {
               return JsonResponse(201, app::RecordToJson(*outbox, m, false));
             },
             [](const app::Record& m) {
               return "/api/v1/outbox-messages/" + std::to_string(app::RecordId(m));
             },
             [&](const app::IdempotencyRequest* key, const app::Renderer<app::Record>& render) {
               return s.quote_mail.Queue(*c.caller, c.ids[0], *request, file, key, render);
             });
       }});
  route.idempotent = true;
}

}  // namespace salesdesk::http
