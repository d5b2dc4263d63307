#include "core/io/csv_reader.h"

#include "core/io/csv_writer.h"

namespace salesdesk::core::io {
namespace {

std::string_view SkipBom(std::string_view text) {
  if (text.substr(0, kUtf8Bom.size()) == kUtf8Bom) text.remove_prefix(kUtf8Bom.size());
  return text;
}

}  // namespace

char DetectCsvDelimiter(std::string_view text) {
  text = SkipBom(text);
  std::size_t comma = 0, semicolon = 0, tab = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;  // a doubled quote toggles twice: still right
    if (quoted) continue;
    if (c == '\n' || c == '\r') break;
    comma += c == ',';
    semicolon += c == ';';
    tab += c == '\t';
  }
  if (semicolon > comma && semicolon >= tab) return ';';
  if (tab > comma && tab > semicolon) return '\t';
  return ',';
}

std::string_view WithoutNeutralisation(std::string_view cell) {
  if (cell.size() >= 2 && cell[0] == '\'' && StartsLikeFormula(cell.substr(1))) {
    cell.remove_prefix(1);
  }
  return cell;
}

bool IsUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    int len;
    std::uint32_t cp;
    if ((c & 0xE0) == 0xC0) {
      len = 2, cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3, cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4, cp = c & 0x07;
    } else {
      return false;
    }
    if (i + len > n) return false;
    for (int k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    const std::uint32_t min = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += len;
  }
  return true;
}

CsvReader::CsvReader(std::string_view text, char delimiter)
    : text_(SkipBom(text)), delimiter_(delimiter != 0 ? delimiter : DetectCsvDelimiter(text)) {}

CsvStatus CsvReader::Next(std::vector<std::string>& cells) {
  cells.clear();
  // Blank lines between rows are skipped, as spreadsheet programs do.
  while (at_ < text_.size() && (text_[at_] == '\r' || text_[at_] == '\n')) ++at_;
  if (at_ >= text_.size()) return CsvStatus::kEnd;
  ++row_;
  std::string cell;
  bool was_quoted = false;
  auto finish_cell = [&] {
    // The export put an apostrophe before formula-like text (G11); reading it back drops it.
    cells.emplace_back(WithoutNeutralisation(cell));
    cell.clear();
    was_quoted = false;
  };
  while (at_ < text_.size()) {
    const char c = text_[at_];
    if (c == '"' && cell.empty() && !was_quoted) {
      // A quoted field: up to the closing quote, "" standing for one quote.
      was_quoted = true;
      ++at_;
      for (;;) {
        if (at_ >= text_.size()) return CsvStatus::kUnclosedQuote;
        if (text_[at_] == '"') {
          if (at_ + 1 < text_.size() && text_[at_ + 1] == '"') {
            cell += '"';
            at_ += 2;
            continue;
          }
          ++at_;
          break;
        }
        cell += text_[at_++];
      }
      continue;
    }
    if (c == delimiter_) {
      finish_cell();
      ++at_;
      continue;
    }
    if (c == '\r' || c == '\n') {
      ++at_;
      if (c == '\r' && at_ < text_.size() && text_[at_] == '\n') ++at_;
      break;
    }
    cell += c;
    ++at_;
  }
  finish_cell();
  for (const auto& s : cells) {
    if (!IsUtf8(s)) return CsvStatus::kNotUtf8;
  }
  return CsvStatus::kRow;
}

}  // namespace salesdesk::core::io
