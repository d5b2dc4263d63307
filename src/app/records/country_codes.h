#pragma once

#include <string_view>

namespace salesdesk::app {
// ISO 3166-1 alpha-2 officially assigned codes (upper case).
bool IsCountryCode(std::string_view code);
}  // namespace salesdesk::app
