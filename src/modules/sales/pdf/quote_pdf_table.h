// Tables on the quote: the column set of the line table (with cost columns only when the
// reader may see cost), and laying out and drawing rows whose cells wrap within their column.
#pragma once

#include <string>
#include <vector>

#include "core/money/currency.h"
#include "modules/sales/pdf/quote_pdf.h"
#include "modules/sales/pdf/quote_pdf_labels.h"
#include "pdf/pdf_canvas.h"
#include "pdf/pdf_language.h"

namespace salesdesk::pdf {

struct TableColumn {
  std::string header;
  double min_width = 0;  // points
  double max_width = 0;  // the column never takes more, however wide its content
  Align align = Align::kLeft;
  int max_lines = 3;      // a cell never grows beyond this, so every row fits on a page
  bool flexible = false;  // takes the width the others leave (the description)
  double width = 0;       // set by FitColumns
};

// The line table's columns, unsized (see FitColumns).
std::vector<TableColumn> LineTableColumns(const QuoteLabels& labels, const core::Currency& currency,
                                          bool internal);

// Sizes each fixed column to its widest content (the longest header word, the widest cell)
// within its bounds and gives the flexible column the rest. When that leaves the flexible one
// less than its minimum, the fixed columns give back width in proportion to their slack and
// their cells wrap. Widths always add up to `total_width`.
void FitColumns(const Canvas& canvas, std::vector<TableColumn>& columns,
                const std::vector<std::vector<std::string>>& rows, double total_width);

// The cell texts of one line, in the order of LineTableColumns.
std::vector<std::string> LineTableCells(const QuotePdfLine& line, const core::Currency& currency,
                                        Language language, bool internal);

struct TableRow {
  std::vector<TextBlock> cells;
  double height = 0;  // tallest cell plus padding
};

enum class RowKind { kHeader, kBody };

TableRow LayoutTableRow(const Canvas& canvas, const std::vector<TableColumn>& columns,
                        const std::vector<std::string>& cells, RowKind kind);

// The header row is shaded; body rows get a hairline below.
void DrawTableRow(Canvas& canvas, const std::vector<TableColumn>& columns, const TableRow& row,
                  double x, double y, RowKind kind);

}  // namespace salesdesk::pdf
