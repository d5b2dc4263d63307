#include "app/records/idempotency.h"

namespace salesdesk::app {

using core::Error;
using core::ErrorCode;

core::Result<std::optional<StoredResponse>> FindReplay(IdempotencyStore& uow, const Caller& caller,
                                                       const IdempotencyRequest* request) {
  if (request == nullptr) return std::optional<StoredResponse>();
  SD_ASSIGN(auto seen, uow.FindIdempotent(caller.user_id, request->key));
  if (seen && seen->request_hash != request->request_hash) {
    Error e = Error::Make(ErrorCode::kIdempotencyMismatch, core::Msg("idempotency.key_reused"));
    e.field = "Idempotency-Key";
    return e;
  }
  return seen;
}

core::Result<void> SaveReplay(IdempotencyStore& uow, const Caller& caller,
                              const IdempotencyRequest* request, const StoredResponse& response,
                              std::int64_t now_us) {
  if (request == nullptr) return core::Ok();
  auto saved = uow.SaveIdempotent(caller.user_id, request->key, response, now_us);
  if (!saved.ok() && saved.error().code == ErrorCode::kConflict) {
    return Error::Make(ErrorCode::kConflict, core::Msg("idempotency.in_progress"));
  }
  return saved;
}

}  // namespace salesdesk::app
