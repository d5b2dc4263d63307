// ISO 13616 IBAN and ISO 9362 BIC shapes for the bank block printed on customer documents.
// No Debian or vcpkg package validates an IBAN in C++ (the npm ones serve the browser), so the
// check is the standard's own: two letters, two check digits, up to 30 letters and digits; moved
// to the end with letters as 10..35, the number is 1 mod 97.
#pragma once

#include <string>
#include <string_view>

namespace salesdesk::core::billing {

// Spaces removed, letters upper-cased: "de89 3704 0044 0532 0130 00" → "DE89370400440532013000".
std::string CompactIban(std::string_view text);

// True when the compact IBAN has the shape and its check digits are right (mod 97 = 1).
bool IbanValid(std::string_view compact);

// Eight or eleven characters: bank (4 letters), country (2 letters), location (2 letters or
// digits), optional branch (3 letters or digits).
bool BicValid(std::string_view bic);

}  // namespace salesdesk::core::billing
