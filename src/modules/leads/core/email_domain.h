// E-mail domains: the part after '@', and whether it is a free-mail provider's (gmail.com,
// qq.com, ...) rather than a company's own, which says nothing about the employer.
#pragma once

#include <string>
#include <string_view>

namespace salesdesk::core::leads {

// The lower-cased domain of an address ("" when there is no '@' followed by text).
std::string EmailDomain(std::string_view email);
bool IsFreeMailDomain(std::string_view domain);

}  // namespace salesdesk::core::leads
