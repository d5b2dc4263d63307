// Tables whose cells wrap within their column: sizing the columns to their content, laying out
// a row (measured once, drawn as measured) and drawing it. Shared by every printed document.
#pragma once

#include <string>
#include <vector>

#include "pdf/pdf_canvas.h"

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

// Sizes each fixed column to its widest content (the longest header word, the widest cell)
// within its bounds and gives the flexible column the rest. When that leaves the flexible one
// less than its minimum, the fixed columns give back width in proportion to their slack and
// their cells wrap. Widths always add up to `total_width`.
void FitColumns(const Canvas& canvas, std::vector<TableColumn>& columns,
                const std::vector<std::vector<std::string>>& rows, double total_width);

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
