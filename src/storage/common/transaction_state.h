// The life of a driver transaction: open, failed (by its first error) or committed. After a
// failed statement PostgreSQL refuses everything but ROLLBACK; SQLite would carry on with the
// statement undone. Both drivers refuse, so code that forgets to check an error behaves the
// same on both and never commits half of its work.
#pragma once

#include "core/result.h"

namespace salesdesk::storage {

class TransactionState {
 protected:
  enum class State { kOpen, kFailed, kCommitted };

  core::Result<void> CheckOpen() const {
    switch (state_) {
      case State::kOpen:
        return core::Ok();
      case State::kCommitted:
        return core::Error::Make(core::ErrorCode::kInternal, "transaction already committed");
      case State::kFailed:
        break;
    }
    core::Error error = failure_;
    error.message = "transaction aborted by an earlier error: " + error.message;
    return error;
  }

  // Records the first error; every later call answers with it.
  core::Error Fail(core::Error error) {
    state_ = State::kFailed;
    failure_ = error;
    return error;
  }

  State state_ = State::kOpen;
  core::Error failure_;
};

}  // namespace salesdesk::storage
