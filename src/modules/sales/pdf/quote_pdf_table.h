// The quote's line table: its column set (with cost columns only when the reader may see cost)
// and the cells of one line; laid out and drawn by pdf/pdf_table.h.
#pragma once

#include <string>
#include <vector>

#include "core/money/currency.h"
#include "modules/sales/pdf/quote_pdf.h"
#include "modules/sales/pdf/quote_pdf_labels.h"
#include "pdf/pdf_canvas.h"
#include "pdf/pdf_language.h"
#include "pdf/pdf_table.h"

namespace salesdesk::pdf {

// The line table's columns, unsized (see FitColumns).
std::vector<TableColumn> LineTableColumns(const QuoteLabels& labels, const core::Currency& currency,
                                          bool internal);

// The cell texts of one line, in the order of LineTableColumns.
std::vector<std::string> LineTableCells(const QuotePdfLine& line, const core::Currency& currency,
                                        Language language, bool internal);

}  // namespace salesdesk::pdf
