// The real clock, injected at start-up (core only holds the interface).
#pragma once

#include <chrono>

#include "core/time/clock.h"

namespace salesdesk::app {

class SystemClock final : public core::Clock {
 public:
  core::Timestamp Now() const override {
    auto us = std::chrono::duration_cast<std::chrono::microseconds>(
                  std::chrono::system_clock::now().time_since_epoch())
                  .count();
    return *core::Timestamp::FromMicros(us);
  }
};

}  // namespace salesdesk::app
