// application/x-www-form-urlencoded query strings: "a=1&b=x%20y" -> [(a,1),(b,"x y")].
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"

namespace salesdesk::http {

using QueryParams = std::vector<std::pair<std::string, std::string>>;

// Fails (field "query.<name>") on malformed percent-encoding or invalid UTF-8.
core::Result<QueryParams> ParseQueryString(std::string_view query);

}  // namespace salesdesk::http
