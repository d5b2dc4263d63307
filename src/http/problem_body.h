// RFC 9457 problem bodies (application/problem+json). The server uses these for its own 4xx/5xx
// answers; handlers may use them for errors that have no core::Error behind them.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "core/result.h"
#include "http/http_types.h"

namespace salesdesk::http {

inline constexpr std::string_view kProblemTypeBase = "https://salesdesk.dev/problems/";
inline constexpr std::string_view kProblemContentType = "application/problem+json; charset=utf-8";

// Builds a problem Response with members type, title, status and detail. `type` is
// kProblemTypeBase + type_suffix, or + a slug of the title ("Payload Too Large" ->
// "payload-too-large") when no suffix is given. A non-empty `field` adds a top-level "field"
// member and "errors":[{"field":field,"detail":detail}], the shape every client error uses.
// `issues`, when given, lists every invalid field in "errors" instead of the single `field`.
// A `message` with a code adds "code" and "params" (an object of strings) beside "detail", on the
// problem and on its single field error; each issue with a code carries its own.
Response MakeProblem(int status, std::string_view title, std::string_view detail,
                     std::string_view field = {}, std::string_view type_suffix = {},
                     std::span<const core::FieldIssue> issues = {},
                     const core::Message& message = {});

// The same with `detail` made from `message` (the catalog's English text).
Response MakeProblem(int status, std::string_view title, const core::Message& message,
                     std::string_view field = {}, std::string_view type_suffix = {});

// "Payload Too Large" -> "payload-too-large": lower-case ASCII letters and digits, other runs
// collapsed into one '-', no leading or trailing '-'.
std::string ProblemSlug(std::string_view title);

}  // namespace salesdesk::http
