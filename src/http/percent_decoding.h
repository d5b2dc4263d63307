// Percent-decoding of request paths and query strings, and the strict UTF-8 check both need:
// one decoder, so the path and the query reject the same malformed input.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace salesdesk::http {

// Strict UTF-8: no overlong forms, surrogates or code points past U+10FFFF.
bool ValidUtf8(std::string_view s);

// Decodes %XX escapes ('+' becomes a space only when `plus_is_space`, as in query strings).
// nullopt for a bad escape, a control character (C0 or DEL) or invalid UTF-8.
std::optional<std::string> PercentDecode(std::string_view in, bool plus_is_space);

}  // namespace salesdesk::http
