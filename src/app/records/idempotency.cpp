#include "app/records/idempotency.h"

namespace salesdesk::app {

using core::Error;
using core::ErrorCode;

core::Result<std::optional<StoredResponse>> FindReplay(UnitOfWork& uow, const Caller& caller,
                                                       const IdempotencyRequest* request) {
  if (request == nullptr) return std::optional<StoredResponse>();
  SD_ASSIGN(auto seen, uow.FindIdempotent(caller.user_id, request->key));
  if (seen && seen->request_hash != request->request_hash) {
    return Error{ErrorCode::kIdempotencyMismatch,
                 "this Idempotency-Key was already used with a different request; use a new key "
                 "for a new request",
                 "Idempotency-Key",
                 0,
                 {}};
  }
  return seen;
}

core::Result<void> SaveReplay(UnitOfWork& uow, const Caller& caller,
                              const IdempotencyRequest* request, const StoredResponse& response,
                              std::int64_t now_us) {
  if (request == nullptr) return core::Ok();
  auto saved = uow.SaveIdempotent(caller.user_id, request->key, response, now_us);
  if (!saved.ok() && saved.error().code == ErrorCode::kConflict) {
    return Error::Make(ErrorCode::kConflict,
                       "a request with this Idempotency-Key is in progress; retry shortly");
  }
  return saved;
}

}  // namespace salesdesk::app
