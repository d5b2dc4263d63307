// The customer's billing documents as A4 PDFs in their language (en, de, es, zh): the invoice,
// the credit note and the dunning letter. Each only lays out its model (core/document_print.h),
// which has no place for cost or margin.
#pragma once

#include <string>

#include "core/result.h"
#include "modules/billing/core/document_print.h"

namespace salesdesk::pdf {

// kInvalidArgument on "lang" for a language other than en, de, es, zh.
core::Result<std::string> RenderInvoicePdf(const core::billing::InvoicePrint& invoice);
core::Result<std::string> RenderCreditNotePdf(const core::billing::CreditNotePrint& note);
core::Result<std::string> RenderDunningLetterPdf(const core::billing::DunningLetterPrint& letter);

}  // namespace salesdesk::pdf
