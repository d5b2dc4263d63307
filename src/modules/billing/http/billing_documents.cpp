#include "modules/billing/http/billing_documents.h"

#include "modules/billing/pdf/billing_pdf.h"

namespace salesdesk::http {
namespace {

template <typename Print, typename Render>
core::Result<RenderedDocument> Rendered(
    core::Result<modules::billing::CustomerDocument<Print>> document, Render render) {
  if (!document.ok()) return document.error();
  SD_ASSIGN(std::string bytes, render(document->print));
  return RenderedDocument{.bytes = std::move(bytes),
                          .filename = document->filename,
                          .language = document->print.head.language,
                          .status = document->status,
                          .account_id = document->account_id,
                          .customer_email = document->customer_email,
                          .number = document->print.head.number};
}

}  // namespace

core::Result<RenderedDocument> RenderBillingDocument(modules::billing::BillingPrints& prints,
                                                     const app::Caller& caller,
                                                     BillingDocumentKind kind, std::int64_t id,
                                                     std::optional<std::string> language) {
  switch (kind) {
    case BillingDocumentKind::kInvoice:
      return Rendered(prints.Invoice(caller, id, language), pdf::RenderInvoicePdf);
    case BillingDocumentKind::kCreditNote:
      return Rendered(prints.CreditNote(caller, id, language), pdf::RenderCreditNotePdf);
    case BillingDocumentKind::kDunningLetter:
      break;
  }
  return Rendered(prints.DunningLetter(caller, id, language), pdf::RenderDunningLetterPdf);
}

}  // namespace salesdesk::http
