// Clock: the injected source of "now", so business logic and tests are deterministic. Core holds
// only the interface and a fixed clock for tests; the system clock (I/O) lives in app.
#pragma once

#include <atomic>
#include <cstdint>

#include "core/time/timestamp.h"

namespace salesdesk::core {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual Timestamp Now() const = 0;
};

// A clock that says what it is told. Atomic, so a test may move it while a server thread reads.
class FixedClock final : public Clock {
 public:
  explicit FixedClock(Timestamp now = Timestamp()) : micros_(now.micros_since_epoch()) {}

  Timestamp Now() const override {
    // Only ever stores values that came from a valid Timestamp.
    return *Timestamp::FromMicros(micros_.load(std::memory_order_relaxed));
  }
  void Set(Timestamp now) { micros_.store(now.micros_since_epoch(), std::memory_order_relaxed); }
  // Moves the clock; kOverflow (clock unchanged) if that leaves the supported range.
  Result<void> Advance(std::int64_t micros) {
    SD_ASSIGN(Timestamp next, Now().AddMicros(micros));
    Set(next);
    return Ok();
  }

 private:
  std::atomic<std::int64_t> micros_;
};

}  // namespace salesdesk::core
