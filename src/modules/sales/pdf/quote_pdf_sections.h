// The parts of a quote PDF other than the line table: the page-1 header (company, title,
// customer, the quote's facts), the running header and footer of every page, the totals block
// and the closing paragraphs (notes, terms).
#pragma once

#include <vector>

#include "modules/sales/pdf/quote_pdf.h"
#include "modules/sales/pdf/quote_pdf_labels.h"
#include "pdf/pdf_blocks.h"
#include "pdf/pdf_canvas.h"
#include "pdf/pdf_language.h"
#include "pdf/pdf_page_flow.h"

namespace salesdesk::pdf {

// Everything a section needs to know about the document being printed.
struct QuoteDocument {
  const QuotePdfInput& input;
  Language language;
  const QuoteLabels& labels;
  bool draft;  // prints the DRAFT marker
};

// A measured piece of the flowing part of the document (pdf/pdf_blocks.h).
using QuoteBlock = FlowItem;

// Where the flow starts on pages 2+ and where it must end on every page.
inline constexpr double kRunningHeaderBottom = kMargin + 30;
inline constexpr double kFlowBottom = kPageHeight - kMargin - 14;
// The internal variant's marker sits above the footer: its flow ends that much higher.
inline constexpr double kInternalMarkerHeight = 12;

// Draws page 1's header and returns the y where the flow may start below it.
double DrawFirstPageHeader(Canvas& canvas, const QuoteDocument& doc);
// Pages 2+: the company and the quote on one line (and the DRAFT marker).
void DrawRunningHeader(Canvas& canvas, const QuoteDocument& doc);
void DrawFooter(Canvas& canvas, const QuoteDocument& doc, int page, int page_count);

// Tax groups on the left, untaxed / tax / total (and margin in the internal variant) on the right,
// kept together on one page.
QuoteBlock LayoutTotals(const Canvas& canvas, const QuoteDocument& doc);
// The standard terms sentence by sentence (validity, prices, payment, delivery, general).
std::string TermsText(const QuoteDocument& doc);

}  // namespace salesdesk::pdf
