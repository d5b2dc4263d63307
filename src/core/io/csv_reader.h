// Reading a CSV file an import was given: UTF-8 (a byte order mark is skipped), the delimiter
// detected from the header line (comma, semicolon or tab), RFC 4180 quoting with doubled quotes
// and line breaks inside quoted fields, CRLF, LF or CR rows. Pure: the text is in memory.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace salesdesk::core::io {

// The delimiter of the first line outside quotes that occurs most often among , ; and tab
// (a one-column file: comma).
char DetectCsvDelimiter(std::string_view text);

// The text with an export's formula neutralisation undone: an apostrophe followed by a
// character StartsLikeFormula names is dropped ("'=x" reads "=x"); anything else is unchanged.
std::string_view WithoutNeutralisation(std::string_view cell);

enum class CsvStatus { kRow, kEnd, kUnclosedQuote, kNotUtf8 };

class CsvReader {
 public:
  // `delimiter` 0: detected. The text must outlive the reader.
  explicit CsvReader(std::string_view text, char delimiter = 0);

  // The next row's cells (neutralisation undone). kUnclosedQuote / kNotUtf8: the file is
  // broken at row `row()`; nothing further is read.
  CsvStatus Next(std::vector<std::string>& cells);

  // 1-based number of the row Next returned last, as a spreadsheet numbers it (header = 1).
  std::int64_t row() const { return row_; }
  char delimiter() const { return delimiter_; }

 private:
  std::string_view text_;
  std::size_t at_ = 0;
  char delimiter_;
  std::int64_t row_ = 0;
};

// Whether `s` is well-formed UTF-8 (no overlongs, no surrogates).
bool IsUtf8(std::string_view s);

}  // namespace salesdesk::core::io
