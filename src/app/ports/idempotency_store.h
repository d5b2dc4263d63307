// Answers of creating POSTs kept under their Idempotency-Key, for a retry to replay.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/result.h"

namespace salesdesk::app {

struct StoredResponse {
  std::string request_hash;
  int status = 0;
  std::string body;
  std::string location;
};

class IdempotencyStore {
 public:
  virtual ~IdempotencyStore() = default;

  // Idempotency keys of creating POSTs, stored in the same transaction as what they created.
  virtual core::Result<std::optional<StoredResponse>> FindIdempotent(std::int64_t user_id,
                                                                     const std::string& key) = 0;
  virtual core::Result<void> SaveIdempotent(std::int64_t user_id, const std::string& key,
                                            const StoredResponse& response,
                                            std::int64_t now_us) = 0;
};

}  // namespace salesdesk::app
