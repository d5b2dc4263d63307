// The HTTP/1.1 server: accepts connections, turns each request into a plain Request, calls one
// synchronous Handler and writes its Response. Beast stays behind the pimpl so that including
// this header costs nothing.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "core/result.h"
#include "http/http_types.h"

namespace salesdesk::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  std::uint16_t port = 8080;             // 0 = pick a free one (see Server::port())
  int threads = 0;                       // io threads; 0 = hardware_concurrency
  std::size_t header_limit = 16 * 1024;  // bytes of request line + headers, else 431
  std::size_t body_limit = 1024 * 1024;  // bytes of body, else 413
  // An import's upload (POST under upload_path) may be larger: 100,000 rows of CSV are ~15 MB.
  std::size_t upload_limit = 64 * 1024 * 1024;
  std::string upload_path = "/api/v1/imports";
  std::chrono::seconds read_timeout{30};    // to finish a request once its first byte arrived
  std::chrono::seconds idle_timeout{75};    // keep-alive wait for the next request
  std::chrono::seconds shutdown_grace{20};  // max wait for in-flight requests on shutdown
  // Requests `slow` says yes to (sign-in and password changes: argon2id) run on `slow_workers`
  // threads of their own with at most `slow_queue` waiting, never on an io thread; when all are
  // taken the server answers 503 with Retry-After. `slow` runs on the io thread: keep it cheap.
  std::function<bool(const Request&)> slow;
  int slow_workers = 2;
  std::size_t slow_queue = 8;
};

// Called on the io thread that read the request (or a slow worker, see ServerOptions::slow); it
// may block (e.g. on the database), which is why ServerOptions::threads io threads run. Exceptions
// are logged and answered with a 500.
using Handler = std::function<Response(const Request&)>;

class Server {
 public:
  Server(ServerOptions options, Handler handler);
  ~Server();  // call Shutdown() and let Run() return first
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and listens. kUnavailable with a plain message if the address is taken or invalid.
  core::Result<void> Listen();
  // The bound port (useful with options.port = 0); 0 before Listen() succeeded.
  std::uint16_t port() const;
  // Runs the io threads (the calling thread is one of them); returns once Shutdown() completed.
  void Run();
  // Thread-safe, idempotent, non-blocking: stops accepting, closes idle keep-alive connections,
  // lets in-flight requests finish (their responses carry Connection: close) for up to
  // shutdown_grace, then makes Run() return.
  void Shutdown();
  // Calls Shutdown() on SIGTERM or SIGINT. Call before Run().
  void ShutdownOnSignals();

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace salesdesk::http
