// POST /api/v1/invoices/{id}/email, /credit-notes/{id}/email and /dunning-claims/{id}/email
// {to?, cc?, subject?, message?}: the customer's document as PDF in their language (rendered by
// billing for the caller, so an invisible document is a 404) goes into the outbox and the send
// is logged on the account's timeline. `to` defaults to the customer's contact. Only posted
// documents are sent (422 naming `status`). Idempotency-Key: a retry queues nothing more.
#include "app/records/record_json.h"
#include "http/error_response.h"
#include "http/idempotency_header.h"
#include "http/json_response.h"
#include "modules/billing/http/billing_documents.h"
#include "modules/mail/app/outbox.h"
#include "modules/mail/http/mail_http_module.h"
#include "modules/mail/http/mail_request.h"

namespace salesdesk::http {
namespace {

struct DocumentRoute {
  const char* path;
  const char* operation;
  const char* summary;
  BillingDocumentKind kind;
  const char* mail_kind;
  const char* related_entity;
};

void AddDocumentEmailRoute(ModuleHost& host, MailServices& s, const DocumentRoute& d) {
  const app::EntitySpec* outbox = &modules::mail::MailSpec("outbox-messages");
  Route& route = host.Add(
      {"POST", d.path, d.operation, d.summary, "Invoice", true, RouteKind::kCustom, nullptr,
       "QuoteEmailRequest", "OutboxMessage", 201, [&s, outbox, d](RouteContext& c) {
         auto may = modules::mail::DocumentMail::CheckMaySend(*c.caller);
         if (!may.ok()) return ErrorToResponse(may.error());
         auto request = DecodeMailRequest(c.request.body, "QuoteEmailRequest");
         if (!request.ok()) return ErrorToResponse(request.error());
         // The customer's document, whoever sends it: never cost or margin.
         auto document = RenderBillingDocument(s.prints, *c.caller, d.kind, c.ids[0], std::nullopt);
         if (!document.ok()) return ErrorToResponse(document.error());
         const modules::mail::DocumentMailFile file =
             MailFileOf(std::move(*document), d.mail_kind, d.related_entity, c.ids[0]);
         return CreateOnce<app::Record>(
             c.request,
             [&](const app::Record& m) {
               return JsonResponse(201, app::RecordToJson(*outbox, m, false));
             },
             [](const app::Record& m) {
               return "/api/v1/outbox-messages/" + std::to_string(app::RecordId(m));
             },
             [&](const app::IdempotencyRequest* key, const app::Renderer<app::Record>& render) {
               return s.document_mail.Queue(*c.caller, file, *request, key, render);
             });
       }});
  route.idempotent = true;
}

}  // namespace

modules::mail::DocumentMailFile MailFileOf(RenderedDocument document, std::string kind,
                                           std::string related_entity, std::int64_t related_id) {
  return {.kind = std::move(kind),
          .related_entity = std::move(related_entity),
          .related_id = related_id,
          .status = std::move(document.status),
          .number = std::move(document.number),
          .account_id = document.account_id,
          .customer_email = std::move(document.customer_email),
          .bytes = std::move(document.bytes),
          .filename = std::move(document.filename),
          .language = std::move(document.language)};
}

void AddDocumentEmailRoutes(ModuleHost& host, MailServices& s) {
  AddDocumentEmailRoute(
      host, s,
      {"/api/v1/invoices/{id}/email", "email_invoice",
       "E-mail the posted invoice's PDF (the customer's language) through the outbox; logged on "
       "the account's timeline. `to` defaults to the customer's contact",
       BillingDocumentKind::kInvoice, "invoice", "invoices"});
  AddDocumentEmailRoute(
      host, s,
      {"/api/v1/credit-notes/{id}/email", "email_credit_note",
       "E-mail the posted credit note's PDF through the outbox; logged on the timeline",
       BillingDocumentKind::kCreditNote, "credit_note", "credit-notes"});
  AddDocumentEmailRoute(
      host, s,
      {"/api/v1/dunning-claims/{id}/email", "email_dunning_letter",
       "E-mail the dunning letter this claim is on (PDF, the customer's language) through the "
       "outbox; logged on the timeline",
       BillingDocumentKind::kDunningLetter, "reminder", "dunning-claims"});
}

}  // namespace salesdesk::http
