// Decoding the forecasts routes' query strings: each names the parameters it takes and refuses
// any other (a misspelt parameter must not silently mean the default).
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>

#include "core/result.h"
#include "http/http_types.h"

namespace salesdesk::http {

// The parameters given, each once; forecasts.param naming the allowed ones otherwise.
core::Result<std::map<std::string, std::string>> ForecastParams(
    const Request& request, const std::set<std::string>& allowed);

// A whole number in [min, max], field.out_of_range on `name` otherwise.
core::Result<std::int64_t> IntParam(const std::string& name, const std::string& value,
                                    std::int64_t min, std::int64_t max);

}  // namespace salesdesk::http
