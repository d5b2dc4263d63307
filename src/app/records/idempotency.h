// Idempotency-Key for every creating POST (records and money documents alike): the first
// answer is stored with the key in the same transaction as what it created, so a retried
// request gets that answer back instead of creating a second document.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "app/access/caller.h"
#include "app/ports/idempotency_store.h"
#include "core/result.h"

namespace salesdesk::app {

struct IdempotencyRequest {
  std::string key;           // the Idempotency-Key header
  std::string request_hash;  // hash of method, path and body
};

// What a creating use case answers: what it created, or the first answer of a replayed key.
template <typename T>
struct CreateResult {
  std::optional<T> created;
  std::optional<StoredResponse> replay;
};

// Renders the answer a create gives, so it is stored with the key in the same transaction.
template <typename T>
using Renderer = std::function<StoredResponse(const T&)>;

// The answer stored for the caller's key, if any. kIdempotencyMismatch when the key was used
// with another request. A null `request` (no key sent) finds nothing.
core::Result<std::optional<StoredResponse>> FindReplay(IdempotencyStore& uow, const Caller& caller,
                                                       const IdempotencyRequest* request);

// Stores the answer with the key in `uow` (call before its commit). A concurrent twin holding
// the same key becomes kConflict "in progress; retry". No-op without a request.
core::Result<void> SaveReplay(IdempotencyStore& uow, const Caller& caller,
                              const IdempotencyRequest* request, const StoredResponse& response,
                              std::int64_t now_us);

}  // namespace salesdesk::app
