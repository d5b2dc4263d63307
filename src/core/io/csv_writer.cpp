#include "core/io/csv_writer.h"

namespace salesdesk::core::io {

bool StartsLikeFormula(std::string_view text) {
  if (text.empty()) return false;
  switch (text.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
    case '\0':
      return true;
    default:
      return false;
  }
}

std::string Neutralised(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 1);
  if (StartsLikeFormula(text)) out += '\'';
  out += text;
  return out;
}

void AppendCsvText(std::string& out, std::string_view text) {
  const bool formula = StartsLikeFormula(text);
  bool quote = !text.empty() && (text.front() == ' ' || text.back() == ' ' ||
                                 text.front() == '\t' || text.back() == '\t');
  for (char c : text) quote = quote || c == ',' || c == '"' || c == '\r' || c == '\n';
  if (!quote) {
    if (formula) out += '\'';
    out += text;
    return;
  }
  out += '"';
  if (formula) out += '\'';
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

void AppendCsvNumber(std::string& out, std::string_view number) { out += number; }

}  // namespace salesdesk::core::io
