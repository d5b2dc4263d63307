// What a JSON parser lets through but a request body must not carry: a member given twice in
// one object (which one counts would be a guess) and control characters in strings (NUL, ANSI
// escapes, other C0 except tab, line feed and carriage return, DEL, C1), which corrupt logs,
// terminals, CSV exports and PDFs. Both are refused naming the field ("lines[2].description").
#pragma once

#include <string_view>

#include "core/result.h"

namespace salesdesk::app {

// `body` must already be valid JSON (nested at most `max_depth` deep).
core::Result<void> CheckJsonBody(std::string_view body, int max_depth);

}  // namespace salesdesk::app
