#include "modules/leads/core/duplicate_keys.h"

#include <array>
#include <cctype>
#include <utility>
#include <vector>

#include "core/text/sort_key.h"
#include "modules/leads/core/email_domain.h"

namespace salesdesk::core::leads {
namespace {

// Legal forms as words after folding and dropping punctuation ("S.L." -> "s l" -> "sl" is
// handled by joining single letters first).
constexpr std::string_view kLegalForms[] = {
    "ab",  "ag",   "bv",   "co",      "corp", "corporation", "eg",   "eurl", "gbr", "gmbh",
    "inc", "kg",   "kgaa", "limited", "llc",  "llp",         "ltd",  "nv",   "oy",  "plc",
    "sa",  "sarl", "sas",  "sl",      "sll",  "slu",         "spa",  "srl",  "ug",  "company",
    "und", "y",    "cia",  "ohg",     "se",   "gesmbh",      "sagl", "as",   "aps", "oyj"};

bool IsLegalForm(std::string_view word) {
  for (auto f : kLegalForms) {
    if (word == f) return true;
  }
  return false;
}

struct CallingCode {
  std::string_view country;
  std::string_view code;
};
constexpr CallingCode kCallingCodes[] = {
    {"AT", "43"}, {"BE", "32"}, {"CH", "41"},  {"CN", "86"}, {"CZ", "420"}, {"DE", "49"},
    {"DK", "45"}, {"ES", "34"}, {"FI", "358"}, {"FR", "33"}, {"GB", "44"},  {"IE", "353"},
    {"IT", "39"}, {"JP", "81"}, {"NL", "31"},  {"NO", "47"}, {"PL", "48"},  {"PT", "351"},
    {"SE", "46"}, {"US", "1"},  {"CA", "1"},   {"MX", "52"}, {"BR", "55"},  {"AE", "971"},
    {"IN", "91"}, {"KR", "82"}, {"SG", "65"},  {"AU", "61"}, {"HK", "852"}, {"TW", "886"}};

}  // namespace

std::string NameKey(std::string_view name) {
  const std::string folded = SortKey(name);
  // Words of letters and digits; '&', '.', ',' and the like separate.
  std::vector<std::string> words;
  std::string word;
  for (char c : folded) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) {
      word += c;
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  // Runs of single letters are an abbreviation written with dots: "s l" -> "sl", "b v" -> "bv".
  std::vector<std::string> joined;
  for (std::size_t i = 0; i < words.size();) {
    if (words[i].size() == 1 && i + 1 < words.size() && words[i + 1].size() == 1) {
      std::string run;
      while (i < words.size() && words[i].size() == 1) run += words[i++];
      joined.push_back(std::move(run));
    } else {
      joined.push_back(std::move(words[i++]));
    }
  }
  // Legal forms are dropped from the end ("... GmbH & Co. KG"), never the whole name.
  while (joined.size() > 1 && IsLegalForm(joined.back())) joined.pop_back();
  std::string out;
  for (const auto& w : joined) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

std::string VatKey(std::string_view vat_id) {
  std::string out;
  for (char c : vat_id) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u)) out += static_cast<char>(std::toupper(u));
  }
  return out.size() < 4 ? std::string() : out;
}

std::string DomainKey(std::string_view email) {
  std::string domain = EmailDomain(email);
  return IsFreeMailDomain(domain) ? std::string() : domain;
}

std::string PhoneKey(std::string_view phone, std::string_view country) {
  std::string digits;
  const auto first = phone.find_first_not_of(" \t");
  const bool international = first != std::string_view::npos && phone[first] == '+';
  for (char c : phone) {
    if (c >= '0' && c <= '9') digits += c;
  }
  if (!international) {
    if (digits.rfind("00", 0) == 0) {
      digits.erase(0, 2);
    } else {
      std::string_view code;
      for (const auto& cc : kCallingCodes) {
        if (cc.country == country) code = cc.code;
      }
      if (code.empty()) return digits.size() < 7 ? std::string() : digits;
      if (!digits.empty() && digits[0] == '0' && country != "IT") digits.erase(0, 1);
      digits = std::string(code) + digits;
    }
  }
  return digits.size() < 7 ? std::string() : digits;
}

}  // namespace salesdesk::core::leads
