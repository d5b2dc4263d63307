// The customer's billing documents rendered for a caller: the print model read through their
// access, laid out as PDF. Used by the PDF routes here and by the mail module's e-mail routes.
#pragma once

#include <optional>
#include <string>

#include "modules/billing/app/billing_print_data.h"

namespace salesdesk::http {

struct RenderedDocument {
  std::string bytes;
  std::string filename;
  std::string language;
  std::string status;
  std::int64_t account_id = 0;
  std::string customer_email;
  std::string number;  // empty for a letter
};

enum class BillingDocumentKind { kInvoice, kCreditNote, kDunningLetter };

// `id`: the invoice, the credit note, or one claim of the letter.
core::Result<RenderedDocument> RenderBillingDocument(modules::billing::BillingPrints& prints,
                                                     const app::Caller& caller,
                                                     BillingDocumentKind kind, std::int64_t id,
                                                     std::optional<std::string> language);

}  // namespace salesdesk::http
