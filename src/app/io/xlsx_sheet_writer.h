// One worksheet written row by row with libxlsxwriter in constant-memory mode (each row goes to
// a temporary file as it is added; strings inline, so no shared-string table grows). Numbers
// become numeric cells, dates and instants date cells, text is neutralised (G11).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "app/io/export_table.h"
#include "core/result.h"

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace salesdesk::app::io {

class XlsxSheetWriter {
 public:
  XlsxSheetWriter(const std::string& path, const std::string& sheet_name);
  ~XlsxSheetWriter();
  XlsxSheetWriter(const XlsxSheetWriter&) = delete;
  XlsxSheetWriter& operator=(const XlsxSheetWriter&) = delete;

  core::Result<void> AddRow(const std::vector<Cell>& cells);
  // Finishes the file (the zip is written here). Once only.
  core::Result<void> Close();

 private:
  lxw_format* NumberFormat(int scale);

  lxw_workbook* book_ = nullptr;
  lxw_worksheet* sheet_ = nullptr;
  lxw_format* date_ = nullptr;
  lxw_format* instant_ = nullptr;
  std::map<int, lxw_format*> numbers_;  // by scale
  std::uint32_t row_ = 0;
};

}  // namespace salesdesk::app::io
