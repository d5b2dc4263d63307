// A few worker threads with a bounded queue, for requests whose handler burns CPU (argon2id at
// sign-in and password changes): they run here instead of on an io thread, so a burst of them
// cannot stall every other request, and a full queue is refused at once instead of growing.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace salesdesk::http {

class WorkPool {
 public:
  // `workers` threads; at most `queue_limit` tasks wait besides those running.
  WorkPool(int workers, std::size_t queue_limit);
  // Stops the workers after their current task; tasks still waiting are dropped unrun.
  ~WorkPool();
  WorkPool(const WorkPool&) = delete;
  WorkPool& operator=(const WorkPool&) = delete;

  // False, and `task` is not kept, when every worker is busy and the queue is full.
  bool TryPost(std::function<void()> task);

 private:
  void Work();

  std::mutex mu_;
  std::condition_variable wake_;
  std::deque<std::function<void()>> queue_;  // guarded by mu_
  int idle_ = 0;                             // guarded by mu_
  bool stopping_ = false;                    // guarded by mu_
  std::size_t queue_limit_;
  std::vector<std::thread> threads_;
};

}  // namespace salesdesk::http
