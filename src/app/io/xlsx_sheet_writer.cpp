#include "app/io/xlsx_sheet_writer.h"

#include <xlsxwriter.h>

#include "core/io/csv_writer.h"

namespace salesdesk::app::io {
namespace {

constexpr std::size_t kMaxCellText = 32767;  // Excel's limit per cell (characters)

core::Error Failed(lxw_error e) {
  return core::Error::Make(core::ErrorCode::kInternal,
                           std::string("XLSX export: ") + lxw_strerror(e));
}

// Cuts at a UTF-8 boundary so the cell stays valid text.
std::string Fit(std::string text) {
  if (text.size() <= kMaxCellText) return text;
  std::size_t n = kMaxCellText;
  while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
  text.resize(n);
  return text;
}

}  // namespace

XlsxSheetWriter::XlsxSheetWriter(const std::string& path, const std::string& sheet_name) {
  lxw_workbook_options options = {};
  options.constant_memory = LXW_TRUE;
  book_ = workbook_new_opt(path.c_str(), &options);
  if (book_ == nullptr) return;
  // Sheet names: at most 31 characters, none of []:*?/\ (entity titles have none).
  sheet_ = workbook_add_worksheet(book_, sheet_name.substr(0, 31).c_str());
  date_ = workbook_add_format(book_);
  format_set_num_format(date_, "yyyy-mm-dd");
  instant_ = workbook_add_format(book_);
  format_set_num_format(instant_, "yyyy-mm-dd hh:mm:ss");
}

XlsxSheetWriter::~XlsxSheetWriter() {
  if (book_ != nullptr) workbook_close(book_);
}

lxw_format* XlsxSheetWriter::NumberFormat(int scale) {
  auto it = numbers_.find(scale);
  if (it != numbers_.end()) return it->second;
  lxw_format* f = workbook_add_format(book_);
  std::string pattern = scale > 0 ? "0." + std::string(static_cast<std::size_t>(scale), '0') : "0";
  format_set_num_format(f, pattern.c_str());
  numbers_.emplace(scale, f);
  return f;
}

core::Result<void> XlsxSheetWriter::AddRow(const std::vector<Cell>& cells) {
  if (sheet_ == nullptr) return Failed(LXW_ERROR_CREATING_TMPFILE);
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const Cell& c = cells[i];
    const auto col = static_cast<lxw_col_t>(i);
    lxw_error e = LXW_NO_ERROR;
    switch (c.kind) {
      case CellKind::kEmpty:
        continue;
      case CellKind::kNumber: {
        double v = static_cast<double>(c.units);
        for (int s = 0; s < c.scale; ++s) v /= 10;
        e = worksheet_write_number(sheet_, row_, col, v,
                                   c.scale > 0 ? NumberFormat(c.scale) : nullptr);
        break;
      }
      case CellKind::kBool:
        e = worksheet_write_boolean(sheet_, row_, col, static_cast<int>(c.units), nullptr);
        break;
      case CellKind::kDate:
      case CellKind::kTimestamp: {
        if (c.year < 1900) {  // before Excel's epoch: the ISO text
          e = worksheet_write_string(sheet_, row_, col, c.text.c_str(), nullptr);
          break;
        }
        lxw_datetime dt = {c.year, c.month, c.day, c.hour, c.minute, c.second};
        e = worksheet_write_datetime(sheet_, row_, col, &dt,
                                     c.kind == CellKind::kDate ? date_ : instant_);
        break;
      }
      case CellKind::kText:
        e = worksheet_write_string(sheet_, row_, col, Fit(core::io::Neutralised(c.text)).c_str(),
                                   nullptr);
        break;
    }
    if (e != LXW_NO_ERROR) return Failed(e);
  }
  ++row_;
  return {};
}

core::Result<void> XlsxSheetWriter::Close() {
  if (book_ == nullptr) return Failed(LXW_ERROR_CREATING_XLSX_FILE);
  lxw_error e = workbook_close(book_);
  book_ = nullptr;
  if (e != LXW_NO_ERROR) return Failed(e);
  return {};
}

}  // namespace salesdesk::app::io
