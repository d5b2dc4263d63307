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
#include "modules/mail/http/mail_http_module.h"
#include "modules/mail/http/mail_request.h"
#include "modules/sales/app/quote_print_model.h"
#include "modules/sales/pdf/quote_pdf.h"

namespace salesdesk::http {

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
         auto request = DecodeMailRequest(c.request.body, "QuoteEmailRequest");
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
