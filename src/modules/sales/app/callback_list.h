// The functions other modules register into one of sales' extension points (order
// confirmation, quote header checks, quote acceptance): each once, run in registration order.
// Registration happens while the catalog is built; the lock keeps a late one safe.
#pragma once

#include <algorithm>
#include <mutex>
#include <vector>

namespace salesdesk::app::sales {

template <typename Fn>
class CallbackList {
 public:
  // Adds `fn` once (a second registration of the same function is ignored).
  void Add(Fn fn) {
    std::lock_guard lock(mutex_);
    if (std::find(list_.begin(), list_.end(), fn) == list_.end()) list_.push_back(fn);
  }
  // A copy, so a callback runs without the lock held.
  std::vector<Fn> Snapshot() {
    std::lock_guard lock(mutex_);
    return list_;
  }

 private:
  std::mutex mutex_;
  std::vector<Fn> list_;
};

}  // namespace salesdesk::app::sales
