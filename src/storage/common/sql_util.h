// Small pieces both SQL drivers share: a first-come-first-served connection pool and the
// shortening of SQL text for error messages.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace salesdesk::storage {

// SQL text as it appears in an error message: whitespace collapsed, cut after ~120 characters,
// so a failing statement is recognisable without flooding logs with whole migrations.
std::string SqlForMessage(std::string_view sql);

// Hands out connections it owns, one borrower at a time. Waiters are served in arrival order:
// with a single writer connection, a thread that commits and immediately begins again must not
// starve the others (nor a backup waiting between its steps). Acquire and Release may happen
// on different threads, which a plain std::mutex held by a transaction would not allow.
template <typename Conn>
class ConnectionPool {
 public:
  explicit ConnectionPool(std::vector<std::unique_ptr<Conn>> connections)
      : all_(std::move(connections)) {
    for (auto& c : all_) free_.push_back(c.get());
  }
  ConnectionPool(const ConnectionPool&) = delete;
  ConnectionPool& operator=(const ConnectionPool&) = delete;

  // Returns nullptr when no connection became free within `timeout`.
  Conn* Acquire(std::chrono::milliseconds timeout) {
    std::unique_lock lock(mu_);
    const std::uint64_t ticket = next_ticket_++;
    waiting_.push_back(ticket);
    const bool granted =
        cv_.wait_for(lock, timeout, [&] { return !free_.empty() && waiting_.front() == ticket; });
    if (!granted) {
      std::erase(waiting_, ticket);
      cv_.notify_all();  // we may have been at the head, blocking the next waiter
      return nullptr;
    }
    waiting_.pop_front();
    Conn* conn = free_.back();
    free_.pop_back();
    ++borrowed_;
    if (!free_.empty() && !waiting_.empty()) cv_.notify_all();
    return conn;
  }

  void Release(Conn* conn) {
    {
      std::lock_guard lock(mu_);
      free_.push_back(conn);
      --borrowed_;
    }
    cv_.notify_all();
  }

  int borrowed() const {
    std::lock_guard lock(mu_);
    return borrowed_;
  }
  std::size_t size() const { return all_.size(); }

 private:
  mutable std::mutex mu_;
  std::condition_variable cv_;
  std::vector<std::unique_ptr<Conn>> all_;
  std::vector<Conn*> free_;
  std::deque<std::uint64_t> waiting_;
  std::uint64_t next_ticket_ = 0;
  int borrowed_ = 0;
};

}  // namespace salesdesk::storage
