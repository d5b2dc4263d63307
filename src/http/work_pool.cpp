#include "http/work_pool.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <exception>
#include <utility>

namespace salesdesk::http {

WorkPool::WorkPool(int workers, std::size_t queue_limit) : queue_limit_(queue_limit) {
  for (int i = 0; i < std::max(1, workers); ++i) threads_.emplace_back([this] { Work(); });
}

WorkPool::~WorkPool() {
  std::deque<std::function<void()>> dropped;
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
    dropped.swap(queue_);
  }
  wake_.notify_all();
  for (auto& thread : threads_) thread.join();
  // `dropped` is destroyed here, outside the lock: a task's captures may run destructors.
}

bool WorkPool::TryPost(std::function<void()> task) {
  {
    std::lock_guard lock(mu_);
    if (stopping_) return false;
    // Waiting tasks beyond the idle workers are what queues up.
    const std::size_t waiting = queue_.size() + 1;
    if (waiting > static_cast<std::size_t>(idle_) + queue_limit_) return false;
    queue_.push_back(std::move(task));
  }
  wake_.notify_one();
  return true;
}

void WorkPool::Work() {
  std::unique_lock lock(mu_);
  for (;;) {
    ++idle_;
    wake_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
    --idle_;
    if (stopping_) return;
    std::function<void()> task = std::move(queue_.front());
    queue_.pop_front();
    lock.unlock();
    try {
      task();
    } catch (const std::exception& e) {  // tasks answer their own errors; this is a bug
      spdlog::error("http: work pool task threw: {}", e.what());
    } catch (...) {
      spdlog::error("http: work pool task threw an unknown exception");
    }
    task = nullptr;  // destroy the captures before taking the lock again
    lock.lock();
  }
}

}  // namespace salesdesk::http
