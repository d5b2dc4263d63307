#include "core/text/sort_key.h"

namespace salesdesk::core {
namespace {

// U+00C0..U+00FF: the base letters, '\0' where a character is kept (× and ÷), and multi-letter
// folds marked by digits handled below (1 = "ae", 2 = "th", 3 = "ss").
constexpr char kLatin1Chars[] =
    "aaaaaa1ceeeeiiiidnooooo\0ouuuuy23"
    "aaaaaa1ceeeeiiiidnooooo\0ouuuuy2y";
// Sized explicitly: the table holds NULs.
constexpr std::string_view kLatin1(kLatin1Chars, sizeof(kLatin1Chars) - 1);
// U+0100..U+017F, one base letter each (ligatures reduced to their first letter).
constexpr std::string_view kLatinExtendedA =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllllllln"
    "nnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

void AppendFold(char32_t cp, std::string_view original, std::string& out) {
  if (cp >= 0xC0 && cp <= 0xFF) {
    char c = kLatin1[cp - 0xC0];
    if (c == '1') {
      out += "ae";
    } else if (c == '2') {
      out += "th";
    } else if (c == '3') {
      out += "ss";
    } else if (c == '\0') {
      out += original;
    } else {
      out += c;
    }
  } else if (cp >= 0x100 && cp <= 0x17F) {
    out += kLatinExtendedA[cp - 0x100];
  } else {
    out += original;
  }
}

}  // namespace

std::string SortKey(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
      ++i;
      continue;
    }
    // Two-byte sequences cover everything folded; longer or invalid ones are copied as they are.
    if ((c >> 5) == 0x6 && i + 1 < s.size() &&
        (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80) {
      const char32_t cp =
          (static_cast<char32_t>(c & 0x1F) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3F);
      AppendFold(cp, s.substr(i, 2), out);
      i += 2;
      continue;
    }
    out += s[i];
    ++i;
  }
  return out;
}

}  // namespace salesdesk::core
