// The Idempotency-Key header of creating POSTs, read the same way for records and documents,
// and the answer sent when a key is replayed.
#pragma once

#include <optional>
#include <vector>

#include "app/records/idempotency.h"
#include "core/result.h"
#include "http/error_response.h"
#include "http/http_types.h"

namespace salesdesk::http {

// The key and the request's fingerprint (method, path, body); none when no key was sent.
// kInvalidArgument naming Idempotency-Key when it is longer than 255 characters.
core::Result<std::optional<app::IdempotencyRequest>> ReadIdempotencyKey(const Request& request);

// The stored first answer, marked Idempotent-Replayed.
Response ReplayResponse(const app::StoredResponse& stored);

// Runs a creating action under the request's Idempotency-Key (none sent: runs it plainly).
// `respond` builds the answer of what was created, once; with the Location `location` names, it
// is stored with the key in the creating transaction and sent. A retry with the key gets the
// stored answer. `run(key, render)` calls the service, which calls `render` before committing
// and answers a result with an optional `replay`.
template <typename T, typename Respond, typename Locate, typename Run>
Response CreateOnce(const Request& request, Respond respond, Locate location, Run run) {
  auto idem = ReadIdempotencyKey(request);
  if (!idem.ok()) return ErrorToResponse(idem.error());
  std::optional<Response> rendered;
  app::Renderer<T> render = [&](const T& created) {
    rendered = respond(created);
    std::erase_if(rendered->headers, [](const auto& h) { return h.first == "Location"; });
    rendered->headers.emplace_back("Location", location(created));
    return app::StoredResponse{*idem ? (*idem)->request_hash : "", rendered->status, rendered->body,
                               rendered->headers.back().second};
  };
  auto out = run(*idem ? &**idem : nullptr, render);
  if (!out.ok()) return ErrorToResponse(out.error());
  if (out->replay) return ReplayResponse(*out->replay);
  if (!rendered) {  // a service that created nothing to render is a bug, not a client error
    return ErrorToResponse(core::Error::Make(core::ErrorCode::kInternal, "nothing was rendered"));
  }
  return std::move(*rendered);
}

}  // namespace salesdesk::http
