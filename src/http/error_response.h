// Maps the closed set of error codes onto HTTP statuses and RFC 9457 problem bodies. Every
// invalid field of a request is listed in "errors"; the first is also the top-level "field".
#pragma once

#include "core/result.h"
#include "http/http_types.h"

namespace salesdesk::http {

int StatusFor(const core::Error& error);
Response ErrorToResponse(const core::Error& error);
// The same answered with `status` instead of the code's (405, 415): the body says that status,
// and its type is the status's title (".../method-not-allowed").
Response ErrorToResponse(const core::Error& error, int status);

}  // namespace salesdesk::http
