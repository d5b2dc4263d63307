// Reading the first worksheet of an XLSX file row by row for an import: libminizip opens the
// zip, libexpat parses each part as it is inflated (no DOM), so only the shared-string table is
// held whole. Cells come out as text: shared and inline strings as written (an export's
// formula apostrophe dropped), numbers as their stored digits, booleans "true"/"false", and
// numbers styled as dates (1900 date system) as "YYYY-MM-DD", or an RFC 3339 UTC instant when
// they carry a time of day.
//
// Zip bombs: the zip directory's uncompressed sizes are summed before anything is inflated, and
// a file whose parts expand past `max_expanded` bytes is refused at once; because a directory
// can lie, the bytes actually inflated are counted too, against both the entry's declared size
// and the same limit.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/result.h"

namespace salesdesk::app::io {

inline constexpr std::uint64_t kMaxXlsxExpandedBytes = 200ull * 1024 * 1024;

// Called per non-empty row with its 1-based sheet row number; false stops reading.
using SheetRowFn = std::function<bool(std::int64_t row, std::vector<std::string>& cells)>;

// Reads the XLSX file at `path`. Errors: import.xlsx_too_large, import.xlsx_broken,
// import.xlsx_no_sheet (codes of core::Msg).
core::Result<void> ReadXlsxRows(const std::string& path, const SheetRowFn& on_row,
                                std::uint64_t max_expanded = kMaxXlsxExpandedBytes);

// The text of a date-styled cell's serial number (1900 date system): "2026-12-03", or
// "2026-12-03T14:30:00Z" with a time of day. Exposed for tests.
std::string ExcelSerialText(double serial);

}  // namespace salesdesk::app::io
