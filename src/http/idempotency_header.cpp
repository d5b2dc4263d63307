#include "http/idempotency_header.h"

#include "app/auth/crypto.h"

namespace salesdesk::http {

core::Result<std::optional<app::IdempotencyRequest>> ReadIdempotencyKey(const Request& request) {
  std::string_view key = request.Header("idempotency-key");
  if (key.empty()) return std::optional<app::IdempotencyRequest>();
  if (key.size() > 255) {
    return core::Error::Invalid("Idempotency-Key", core::Msg("idempotency.key_too_long"));
  }
  return std::optional<app::IdempotencyRequest>(app::IdempotencyRequest{
      std::string(key), app::HashHex(request.method + " " + request.path + "\n" + request.body)});
}

Response ReplayResponse(const app::StoredResponse& stored) {
  Response r;
  r.status = stored.status;
  r.content_type = "application/json; charset=utf-8";
  r.body = stored.body;
  if (!stored.location.empty()) r.headers.emplace_back("Location", stored.location);
  r.headers.emplace_back("Idempotent-Replayed", "true");
  return r;
}

}  // namespace salesdesk::http
