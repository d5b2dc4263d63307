// Quote PDF: renders one quote revision as an A4 PDF with cairo and pango. The caller (app)
// fills QuotePdfInput from records the user may see and chooses the variant: the customer
// document (never cost or margin) or the internal one (cost and margin, marked as internal on
// every page). This library only lays out what it is given.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/money/currency.h"
#include "core/money/decimal.h"
#include "core/money/money.h"
#include "core/result.h"
#include "core/time/date.h"
#include "modules/sales/core/quotes/quote_print.h"

namespace salesdesk::pdf {

// The print model lives in the module's core (core/quotes/quote_print.h); these are its names
// as the renderer has always called them.
using PdfParty = core::quotes::PrintParty;
using QuotePdfLine = core::quotes::QuotePrintLine;
using QuotePdfTaxGroup = core::quotes::QuotePrintTaxGroup;
using QuotePdfInput = core::quotes::QuotePrint;

// The PDF bytes. kInvalidArgument naming the field for an unknown language ("lang"), an amount
// in another currency than `currency`, a negative payment term, or more than 20 tax groups.
core::Result<std::string> RenderQuotePdf(const QuotePdfInput& input);

}  // namespace salesdesk::pdf
