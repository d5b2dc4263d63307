// Cookie header parsing: the one place that reads the session cookie.
#pragma once

#include <string>
#include <string_view>

namespace salesdesk::http {

// The value of cookie `name` in a Cookie header ("a=1; b=2"), or empty. Names match exactly,
// so "xsd_session" never passes for "sd_session".
std::string CookieValue(std::string_view header, std::string_view name);

}  // namespace salesdesk::http
