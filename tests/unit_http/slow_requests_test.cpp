// Slow requests (ServerOptions::slow: sign-ins and password changes hash with argon2id) run on
// a small bounded pool, never on an io thread: a burst of them leaves other requests answered at
// once, and what does not fit the queue is refused with 503 + Retry-After.
#include <gtest/gtest.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/json.hpp>

#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "http/server.h"

namespace salesdesk::http {
namespace {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;
using HttpResponse = bhttp::response<bhttp::string_body>;

class SlowRequestsTest : public ::testing::Test {
 protected:
  void Start(bool with_pool) {
    ServerOptions options;
    options.port = 0;
    options.threads = 1;  // one io thread: anything blocking it would hold every request
    if (with_pool) {
      options.slow = [](const Request& r) { return r.path == "/slow"; };
      options.slow_workers = 1;
      options.slow_queue = 1;
    }
    server_ = std::make_unique<Server>(options, [this](const Request& r) { return Handle(r); });
    ASSERT_TRUE(server_->Listen().ok());
    run_thread_ = std::thread([this] { server_->Run(); });
  }

  void TearDown() override {
    if (!server_) return;
    server_->Shutdown();
    if (run_thread_.joinable()) run_thread_.join();
  }

  Response Handle(const Request& r) {
    Response response;
    if (r.path == "/slow") {
      ++slow_running_;
      ++slow_started_;
      if (hold_) {
        // Held until the test has seen the refusals: a loaded machine cannot finish it early.
        const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(20);
        while (hold_ && std::chrono::steady_clock::now() < give_up) {
          std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
      } else {
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
      }
      --slow_running_;
    } else {
      fast_saw_slow_running_ = slow_running_ > 0;
    }
    response.body = "{}";
    return response;
  }

  HttpResponse Get(const std::string& target) {
    net::io_context ioc;
    tcp::socket socket(ioc);
    socket.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), server_->port()));
    bhttp::request<bhttp::string_body> request(bhttp::verb::get, target, 11);
    request.set(bhttp::field::host, "127.0.0.1");
    bhttp::write(socket, request);
    beast::flat_buffer buffer;
    HttpResponse response;
    bhttp::read(socket, buffer, response);
    return response;
  }

  // Fires `n` concurrent /slow requests, waits until one runs, then asks /fast.
  void Storm(int n, std::vector<HttpResponse>& slow, HttpResponse& fast) {
    slow.resize(static_cast<std::size_t>(n));
    std::vector<std::thread> clients;
    for (int i = 0; i < n; ++i) {
      clients.emplace_back([&, i] { slow[static_cast<std::size_t>(i)] = Get("/slow"); });
    }
    while (slow_started_ == 0) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    fast = Get("/fast");
    for (auto& c : clients) c.join();
  }

  // With the pool: one request runs (held until the others have been answered), then n - 1
  // arrive at once — exactly one fits the queue and the rest are refused — then /fast.
  void HeldStorm(int n, std::vector<HttpResponse>& slow, HttpResponse& fast) {
    hold_ = true;
    slow.resize(static_cast<std::size_t>(n));
    std::atomic<int> answered{0};
    std::vector<std::thread> clients;
    auto fire = [&](int i) {
      clients.emplace_back([&, i] {
        slow[static_cast<std::size_t>(i)] = Get("/slow");
        ++answered;
      });
    };
    fire(0);
    while (slow_started_ == 0) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    for (int i = 1; i < n; ++i) fire(i);
    fast = Get("/fast");
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (answered < n - 2 && std::chrono::steady_clock::now() < give_up) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    hold_ = false;
    for (auto& c : clients) c.join();
  }

  std::unique_ptr<Server> server_;
  std::thread run_thread_;
  std::atomic<bool> hold_{false};
  std::atomic<int> slow_running_{0};
  std::atomic<int> slow_started_{0};
  std::atomic<bool> fast_saw_slow_running_{false};
};

TEST_F(SlowRequestsTest, OtherRequestsAreAnsweredWhileSlowOnesRunAndAFullQueueIs503) {
  Start(/*with_pool=*/true);
  std::vector<HttpResponse> slow;
  HttpResponse fast;
  HeldStorm(8, slow, fast);
  EXPECT_EQ(fast.result_int(), 200u);
  EXPECT_TRUE(fast_saw_slow_running_) << "the fast request waited for the slow ones";
  int ok = 0, busy = 0;
  for (const auto& r : slow) {
    if (r.result_int() == 200) ++ok;
    if (r.result_int() != 503) continue;
    ++busy;
    EXPECT_EQ(r[bhttp::field::retry_after], "1");
    EXPECT_EQ(r[bhttp::field::content_type], "application/problem+json; charset=utf-8");
    const auto body = boost::json::parse(r.body()).as_object();
    EXPECT_EQ(body.at("status").as_int64(), 503) << r.body();
  }
  EXPECT_EQ(ok, 2) << "one running and one queued are served";
  EXPECT_EQ(busy, 6) << "what neither the worker nor its queue holds is refused";
}

// The same storm without the pool shows what the test guards against: the io thread runs the
// slow handlers one after another and everything else waits behind them.
TEST_F(SlowRequestsTest, WithoutThePoolSlowRequestsHoldTheIoThread) {
  Start(/*with_pool=*/false);
  std::vector<HttpResponse> slow;
  HttpResponse fast;
  Storm(3, slow, fast);
  EXPECT_EQ(fast.result_int(), 200u);
  EXPECT_FALSE(fast_saw_slow_running_);
  for (const auto& r : slow) EXPECT_EQ(r.result_int(), 200u);
}

}  // namespace
}  // namespace salesdesk::http
