#include "modules/leads/core/email_domain.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace salesdesk::core::leads {
namespace {

// The providers our markets use most (Europe, the Americas, China); sorted for binary search.
constexpr std::array<std::string_view, 39> kFreeMail = {
    "126.com",     "163.com",     "aol.com",     "foxmail.com", "free.fr",    "freenet.de",
    "gmail.com",   "gmx.at",      "gmx.ch",      "gmx.de",      "gmx.net",    "googlemail.com",
    "hotmail.com", "hotmail.de",  "hotmail.es",  "hotmail.fr",  "icloud.com", "laposte.net",
    "libero.it",   "live.com",    "mail.com",    "mail.ru",     "me.com",     "msn.com",
    "orange.fr",   "outlook.com", "outlook.de",  "outlook.es",  "proton.me",  "protonmail.com",
    "qq.com",      "sina.com",    "t-online.de", "web.de",      "yahoo.com",  "yahoo.de",
    "yahoo.es",    "yahoo.fr",    "yandex.ru"};

}  // namespace

std::string EmailDomain(std::string_view email) {
  const auto at = email.rfind('@');
  if (at == std::string_view::npos || at + 1 >= email.size()) return {};
  std::string out(email.substr(at + 1));
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  while (!out.empty() && (out.back() == '.' || out.back() == ' ')) out.pop_back();
  return out;
}

bool IsFreeMailDomain(std::string_view domain) {
  return std::binary_search(kFreeMail.begin(), kFreeMail.end(), domain);
}

}  // namespace salesdesk::core::leads
