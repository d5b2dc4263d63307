// RFC 4180 CSV cells and rows for exports, with spreadsheet-formula neutralisation (G11).
#pragma once

#include <string>
#include <string_view>

namespace salesdesk::core::io {

// True when a spreadsheet would read the text as a formula or a control: it starts with
// = + - @, tab, CR or NUL.
bool StartsLikeFormula(std::string_view text);

// The text as a spreadsheet must show it: an apostrophe in front when StartsLikeFormula.
std::string Neutralised(std::string_view text);

// Appends one field: text is neutralised, then quoted when it holds a comma, a quote, CR, LF
// or leading/trailing blanks (quotes doubled). Numbers are written as given, never quoted.
void AppendCsvText(std::string& out, std::string_view text);
void AppendCsvNumber(std::string& out, std::string_view number);

// Row separator (CRLF, RFC 4180) and field separator.
inline void EndCsvRow(std::string& out) { out += "\r\n"; }
inline void CsvComma(std::string& out) { out += ','; }

// The UTF-8 byte order mark that makes spreadsheet programs read the file as UTF-8.
inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

}  // namespace salesdesk::core::io
