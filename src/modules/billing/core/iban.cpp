#include "modules/billing/core/iban.h"

#include <cctype>

namespace salesdesk::core::billing {
namespace {

bool Letter(char c) { return c >= 'A' && c <= 'Z'; }
bool Digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::string CompactIban(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == ' ') continue;
    out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  return out;
}

bool IbanValid(std::string_view iban) {
  if (iban.size() < 15 || iban.size() > 34) return false;
  if (!Letter(iban[0]) || !Letter(iban[1]) || !Digit(iban[2]) || !Digit(iban[3])) return false;
  // The remainder is kept below 97, so each step fits easily: r × 100 + 35 < 10,000.
  int remainder = 0;
  for (std::size_t k = 0; k < iban.size(); ++k) {
    const char c = iban[(k + 4) % iban.size()];
    if (Digit(c)) {
      remainder = (remainder * 10 + (c - '0')) % 97;
    } else if (Letter(c)) {
      remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
    } else {
      return false;
    }
  }
  return remainder == 1;
}

bool BicValid(std::string_view bic) {
  if (bic.size() != 8 && bic.size() != 11) return false;
  for (std::size_t i = 0; i < bic.size(); ++i) {
    const char c = bic[i];
    const bool ok = i < 6 ? Letter(c) : (Letter(c) || Digit(c));
    if (!ok) return false;
  }
  return true;
}

}  // namespace salesdesk::core::billing
