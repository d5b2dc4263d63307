// GET /invoices/{id}/pdf, /credit-notes/{id}/pdf and /dunning-claims/{id}/pdf (the letter the
// claim is on), in the customer's language unless ?lang= says otherwise. What the document
// shows depends on who it is for, the customer, not on who downloads it (decision 0044).
#include "http/error_response.h"
#include "http/query_string.h"
#include "modules/billing/http/billing_documents.h"
#include "modules/billing/http/billing_http_module.h"

namespace salesdesk::http {
namespace {

void AddPdfRoute(ModuleHost& host, BillingServices& s, const char* path, const char* operation,
                 const char* summary, const char* tag, BillingDocumentKind kind) {
  Route& route =
      host.Add({"GET", path, operation, summary, tag, true, RouteKind::kCustom, nullptr, "", "",
                200, [&s, kind](RouteContext& c) {
                  auto params = ParseQueryString(c.request.query);
                  if (!params.ok()) return ErrorToResponse(params.error());
                  std::optional<std::string> lang;
                  for (const auto& [k, v] : *params) {
                    if (k == "lang") lang = v;
                  }
                  auto document = RenderBillingDocument(s.prints, *c.caller, kind, c.ids[0], lang);
                  if (!document.ok()) return ErrorToResponse(document.error());
                  Response r;
                  r.status = 200;
                  r.content_type = "application/pdf";
                  r.headers.emplace_back("Content-Disposition",
                                         "attachment; filename=\"" + document->filename + "\"");
                  r.body = std::move(document->bytes);
                  return r;
                }});
  route.response_media_type = "application/pdf";
}

}  // namespace

void AddBillingPdfRoutes(ModuleHost& host, BillingServices& s) {
  AddPdfRoute(host, s, "/api/v1/invoices/{id}/pdf", "get_invoice_pdf",
              "The invoice as PDF in the customer's language (?lang=en|de|es|zh): lines, tax per "
              "rate, totals, instalments; never cost or margin",
              "Invoice", BillingDocumentKind::kInvoice);
  AddPdfRoute(host, s, "/api/v1/credit-notes/{id}/pdf", "get_credit_note_pdf",
              "The credit note as PDF in the customer's language, naming the invoice it reduces",
              "Invoice", BillingDocumentKind::kCreditNote);
  AddPdfRoute(host, s, "/api/v1/dunning-claims/{id}/pdf", "get_dunning_letter_pdf",
              "The dunning letter this claim is on (its run's letter to its account) as PDF: the "
              "level's text, the overdue invoices, interest, fees and the total to pay",
              "Invoice", BillingDocumentKind::kDunningLetter);
}

}  // namespace salesdesk::http
