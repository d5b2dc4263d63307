// The Idempotency-Key header of creating POSTs, read the same way for records and documents,
// and the answer sent when a key is replayed.
#pragma once

#include <optional>

#include "app/records/idempotency.h"
#include "core/result.h"
#include "http/http_types.h"

namespace salesdesk::http {

// The key and the request's fingerprint (method, path, body); none when no key was sent.
// kInvalidArgument naming Idempotency-Key when it is longer than 255 characters.
core::Result<std::optional<app::IdempotencyRequest>> ReadIdempotencyKey(const Request& request);

// The stored first answer, marked Idempotent-Replayed.
Response ReplayResponse(const app::StoredResponse& stored);

}  // namespace salesdesk::http
