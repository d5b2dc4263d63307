#include "modules/summaries/app/summary_xlsx.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "app/io/xlsx_sheet_writer.h"
#include "core/money/currency.h"
#include "core/money/decimal.h"

namespace salesdesk::modules::summaries {
namespace {

namespace cs = core::summaries;
using app::io::Cell;
using app::io::CellKind;

Cell Text(std::string text) { return {.kind = CellKind::kText, .text = std::move(text)}; }

Cell Number(std::int64_t units, int scale) {
  return {.kind = CellKind::kNumber,
          .text = scale == 0 ? std::to_string(units) : core::FormatScaled(units, scale, false),
          .scale = scale,
          .units = units};
}

Cell CellOf(const cs::SummaryCell& c) {
  using K = cs::SummaryCell::Kind;
  switch (c.kind) {
    case K::kText:
      return Text(c.text);
    case K::kMoney: {
      auto currency = core::ParseCurrency(c.currency);
      return Number(c.value, currency.ok() ? currency->exponent() : 0);
    }
    case K::kCount:
      return Number(c.value, 0);
    case K::kBp:
      return Number(c.value, 2);  // basis points are hundredths of a percent
    case K::kNone:
      break;
  }
  return {};
}

// A ratio column says it is in percent, since the cell holds 102.5 for 102.5 %.
std::string Header(const cs::SummaryTable& t, std::size_t column) {
  bool ratio = false;
  for (const auto& row : t.rows) {
    if (column >= row.size()) continue;
    if (row[column].kind == cs::SummaryCell::Kind::kBp) ratio = true;
    if (row[column].kind != cs::SummaryCell::Kind::kBp &&
        row[column].kind != cs::SummaryCell::Kind::kNone) {
      return t.columns[column];
    }
  }
  return ratio ? t.columns[column] + " (%)" : t.columns[column];
}

core::Result<void> Write(app::io::XlsxSheetWriter& sheet, const cs::SummaryReport& r) {
  SD_TRY(sheet.AddRow({Text(r.title + " " + r.reference)}));
  SD_TRY(sheet.AddRow({Text(r.company.name)}));
  SD_TRY(sheet.AddRow({Text(r.prepared_for_label), Text(r.prepared_for)}));
  for (const auto& [label, value] : r.facts) SD_TRY(sheet.AddRow({Text(label), Text(value)}));
  std::vector<Cell> cells;
  for (const cs::SummaryTable& t : r.tables) {
    SD_TRY(sheet.AddRow({}));
    SD_TRY(sheet.AddRow({Text(t.heading)}));
    if (t.rows.empty()) {
      SD_TRY(sheet.AddRow({Text(t.empty)}));
      continue;
    }
    cells.clear();
    for (std::size_t i = 0; i < t.columns.size(); ++i) cells.push_back(Text(Header(t, i)));
    SD_TRY(sheet.AddRow(cells));
    for (const auto& row : t.rows) {
      cells.clear();
      for (const auto& c : row) cells.push_back(CellOf(c));
      SD_TRY(sheet.AddRow(cells));
    }
  }
  return sheet.Close();
}

}  // namespace

core::Result<std::string> SummaryXlsx(const cs::SummaryReport& report) {
  const char* dir = std::getenv("TMPDIR");
  std::string path = std::string(dir && *dir ? dir : "/tmp") + "/salesdesk-summary-XXXXXX";
  const int fd = mkstemp(path.data());
  if (fd < 0) {
    return core::Error::Make(core::ErrorCode::kInternal,
                             "cannot create a temporary file for the summary");
  }
  ::close(fd);
  core::Result<void> written = [&]() -> core::Result<void> {
    // A sheet's name is at most 31 characters and the reference always fits.
    app::io::XlsxSheetWriter sheet(path, report.reference);
    return Write(sheet, report);
  }();
  std::string bytes;
  if (written.ok()) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    bytes = std::move(s).str();
  }
  ::unlink(path.c_str());
  if (!written.ok()) return written.error();
  if (bytes.empty()) {
    return core::Error::Make(core::ErrorCode::kInternal, "cannot read the summary workbook back");
  }
  return bytes;
}

}  // namespace salesdesk::modules::summaries
