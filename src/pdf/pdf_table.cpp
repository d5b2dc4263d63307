#include "pdf/pdf_table.h"

#include <algorithm>

namespace salesdesk::pdf {
namespace {

constexpr double kCellPaddingX = 3.0;
constexpr double kCellPaddingY = 3.5;
constexpr double kBodySize = 7.5;
constexpr double kHeaderSize = 7.0;
// Extra room beyond the padding, so neighbouring right-aligned numbers do not run together.
constexpr double kColumnGap = 4.0;

}  // namespace

void FitColumns(const Canvas& canvas, std::vector<TableColumn>& columns,
                const std::vector<std::vector<std::string>>& rows, double total_width) {
  constexpr double kUnbounded = 100000;
  const TextStyle header_style{kHeaderSize, true};
  const TextStyle body_style{kBodySize};
  double fixed = 0, slack = 0, flexible_min = 0;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    TableColumn& column = columns[i];
    if (column.flexible) {
      flexible_min += column.min_width;
      continue;
    }
    double widest = 0;
    // Headers may wrap between words, never inside one.
    std::string word;
    for (const char c : column.header + " ") {
      if (c != ' ' && c != '\n') {
        word += c;
        continue;
      }
      if (!word.empty()) {
        widest = std::max(widest, canvas.Layout(word, kUnbounded, header_style).natural_width());
      }
      word.clear();
    }
    for (const std::vector<std::string>& row : rows) {
      if (i < row.size() && !row[i].empty()) {
        widest = std::max(widest, canvas.Layout(row[i], kUnbounded, body_style).natural_width());
      }
    }
    column.width = std::clamp(widest + 2 * kCellPaddingX + kColumnGap, column.min_width,
                              std::max(column.min_width, column.max_width));
    fixed += column.width;
    slack += column.width - column.min_width;
  }
  const double excess = fixed - (total_width - flexible_min);
  if (excess > 0 && slack > 0) {
    const double share = std::min(1.0, excess / slack);
    fixed = 0;
    for (TableColumn& column : columns) {
      if (column.flexible) continue;
      column.width -= (column.width - column.min_width) * share;
      fixed += column.width;
    }
  }
  std::size_t flexible_count = 0;
  for (const TableColumn& column : columns) flexible_count += column.flexible ? 1 : 0;
  for (TableColumn& column : columns) {
    if (column.flexible) column.width = (total_width - fixed) / static_cast<double>(flexible_count);
  }
}

TableRow LayoutTableRow(const Canvas& canvas, const std::vector<TableColumn>& columns,
                        const std::vector<std::string>& cells, RowKind kind) {
  TableRow row;
  double tallest = 0;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    TextStyle style;
    style.size = kind == RowKind::kHeader ? kHeaderSize : kBodySize;
    style.bold = kind == RowKind::kHeader;
    style.color = kind == RowKind::kHeader ? kMuted : kInk;
    style.align = columns[i].align;
    style.max_lines = kind == RowKind::kHeader ? 3 : columns[i].max_lines;
    const std::string& text = i < cells.size() ? cells[i] : std::string();
    row.cells.push_back(canvas.Layout(text, columns[i].width - 2 * kCellPaddingX, style));
    tallest = std::max(tallest, row.cells.back().height());
  }
  row.height = tallest + 2 * kCellPaddingY;
  return row;
}

void DrawTableRow(Canvas& canvas, const std::vector<TableColumn>& columns, const TableRow& row,
                  double x, double y, RowKind kind) {
  double width = 0;
  for (const TableColumn& column : columns) width += column.width;
  if (kind == RowKind::kHeader) {
    canvas.FillRect(x, y, width, row.height, kShade);
    canvas.HorizontalRule(x, y + row.height, width, 0.8, kAccent);
  } else {
    canvas.HorizontalRule(x, y + row.height, width, 0.3, kRule);
  }
  double cell_x = x;
  for (std::size_t i = 0; i < columns.size() && i < row.cells.size(); ++i) {
    // Header labels sit on the bottom of their cell, like a spreadsheet's.
    const double offset = kind == RowKind::kHeader
                              ? row.height - kCellPaddingY - row.cells[i].height()
                              : kCellPaddingY;
    canvas.Draw(row.cells[i], cell_x + kCellPaddingX, y + offset);
    cell_x += columns[i].width;
  }
}

}  // namespace salesdesk::pdf
