// Strict decoding of small fixed-shape request bodies (sign-in, tokens, passwords): a JSON
// object whose members are all known strings or integers; anything else names the field.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace salesdesk::http {

struct BodyField {
  std::string name;
  bool is_integer = false;
  bool required = true;
};

// Values keyed by field name; integers come back as decimal text.
core::Result<std::map<std::string, std::string>> DecodeSimpleBody(
    std::string_view body, const std::vector<BodyField>& fields);

}  // namespace salesdesk::http
