#include "app/records/full_text.h"

#include <cstdint>
#include <map>

namespace salesdesk::app {
namespace {

bool AsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The code point starting at s[i] and its length in bytes; an invalid byte counts as one
// separator byte.
std::pair<std::uint32_t, std::size_t> Decode(std::string_view s, std::size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  std::size_t n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
  if (b >= 0x80 && b < 0xC0) return {0, 1};
  if (i + n > s.size()) return {0, 1};
  std::uint32_t cp = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
  for (std::size_t k = 1; k < n; ++k) {
    const auto c = static_cast<unsigned char>(s[i + k]);
    if ((c & 0xC0) != 0x80) return {0, 1};
    cp = (cp << 6) | (c & 0x3F);
  }
  return {cp, n};
}

// Characters that part words: all ASCII but letters and digits; Latin-1's signs (¡ « » ¿ ×
// ÷ and the like, but not the letters ª µ º); punctuation and symbols from General
// Punctuation to Miscellaneous Symbols and Arrows (dashes, quotes, †, €, arrows, maths, box
// drawing); CJK symbols and punctuation; emoji; invalid UTF-8.
bool Separates(std::uint32_t cp, std::size_t length) {
  if (cp == 0) return true;
  if (length == 1) return !AsciiAlnum(static_cast<unsigned char>(cp));
  if (cp >= 0x80 && cp <= 0xBF) return cp != 0xAA && cp != 0xB5 && cp != 0xBA;
  if (cp == 0xD7 || cp == 0xF7) return true;
  if (cp >= 0x2000 && cp <= 0x2BFF) return true;
  if (cp >= 0x3000 && cp <= 0x303F) return true;
  if (cp >= 0x1F000 && cp <= 0x1FAFF) return true;
  return false;
}

SearchWord WordOf(std::string word) {
  SearchWord out;
  const bool digits = word.find_first_not_of("0123456789") == std::string::npos;
  out.prefixes.push_back(word);
  if (digits) {
    while (word.size() < kDocumentNumberDigits) {
      word.insert(0, 1, '0');
      out.prefixes.push_back(word);
    }
  }
  return out;
}

}  // namespace

const FullTextIndex* FullTextIndexOf(std::string_view plural) {
  // Migration 0049 (platform) and the leads module's 0050 build these indexes.
  static const std::map<std::string_view, FullTextIndex> kIndexes = {
      {"accounts", {{"name", "legal_name", "city", "tax_id"}, {}}},
      {"contacts", {{"first_name", "last_name", "email"}, {}}},
      {"quotes", {{"number", "notes"}, "account_id"}},
      {"sales-orders", {{"number"}, "account_id"}},
      {"leads", {{"first_name", "last_name", "company", "email"}, {}}},
  };
  auto it = kIndexes.find(plural);
  return it == kIndexes.end() ? nullptr : &it->second;
}

std::vector<SearchWord> SearchWords(std::string_view q) {
  std::vector<SearchWord> out;
  std::string word;
  for (std::size_t i = 0; i < q.size();) {
    auto [cp, length] = Decode(q, i);
    if (Separates(cp, length)) {
      if (!word.empty()) out.push_back(WordOf(std::move(word)));
      word.clear();
    } else {
      word.append(q.substr(i, length));
    }
    i += length;
  }
  if (!word.empty()) out.push_back(WordOf(std::move(word)));
  return out;
}

}  // namespace salesdesk::app
