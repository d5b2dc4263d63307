// The version a change applies to, from the If-Match header (ETag "3"): required on every
// update so a change made meanwhile by someone else is never overwritten.
#pragma once

#include <cstdint>

#include "core/result.h"
#include "http/http_types.h"

namespace salesdesk::http {

core::Result<std::int64_t> IfMatchVersion(const Request& r);

}  // namespace salesdesk::http
