// Listening, the accept loop, the io threads and graceful shutdown; at the end, the Beast-free
// rules every connection applies (path decoding, response headers). Connections themselves live
// in server_session.cpp.
#include "http/server.h"

#include <spdlog/spdlog.h>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>

#include <algorithm>
#include <cctype>
#include <csignal>
#include <optional>
#include <thread>
#include <vector>

#include "http/server_session.h"

namespace salesdesk::http {

namespace net = boost::asio;
using tcp = net::ip::tcp;
using internal::ServerCore;

namespace {

// Threads that will call io_context::run, the calling thread included.
int IoThreads(int requested) {
  if (requested > 0) return requested;
  return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

}  // namespace

class Server::Impl {
 public:
  Impl(ServerOptions options, Handler handler)
      : ioc_(IoThreads(options.threads)),
        acceptor_(net::make_strand(ioc_)),
        accept_retry_(acceptor_.get_executor()),
        grace_timer_(acceptor_.get_executor()) {
    core_.options = std::move(options);
    core_.handler = std::move(handler);
    core_.stop_io = [this] { ioc_.stop(); };
    if (core_.options.slow) {
      slow_pool_.emplace(core_.options.slow_workers, core_.options.slow_queue);
      core_.slow_pool = &*slow_pool_;
    }
  }

  ~Impl() {
    // Sessions still queued are destroyed with ioc_ below; they must not call stop_io then.
    core_.draining = false;
    // Slow tasks hold sessions whose sockets belong to ioc_: finish or drop them first.
    slow_pool_.reset();
    core_.slow_pool = nullptr;
  }

  core::Result<void> Listen() {
    const auto& opts = core_.options;
    const std::string where = opts.host + ":" + std::to_string(opts.port);
    if (acceptor_.is_open())
      return core::Error::Make(core::ErrorCode::kInternal, "already listening");
    boost::system::error_code ec;
    tcp::endpoint endpoint(net::ip::make_address(opts.host, ec), opts.port);
    if (ec) {
      tcp::resolver resolver(ioc_);
      const auto results = resolver.resolve(opts.host, std::to_string(opts.port), ec);
      if (ec || results.empty()) {
        return Unavailable("cannot listen on " + where + ": '" + opts.host +
                           "' is neither an IP address nor a resolvable host name; use e.g. "
                           "127.0.0.1 or 0.0.0.0");
      }
      endpoint = results.begin()->endpoint();
    }
    if (acceptor_.open(endpoint.protocol(), ec); ec) return Failed(where, "open", ec);
    acceptor_.set_option(net::socket_base::reuse_address(true), ec);
    if (acceptor_.bind(endpoint, ec); ec) {
      acceptor_.close();
      if (ec == net::error::address_in_use) {
        return Unavailable("cannot listen on " + where +
                           ": the address is already in use; stop the other process or choose "
                           "another port");
      }
      return Failed(where, "bind", ec);
    }
    if (acceptor_.listen(net::socket_base::max_listen_connections, ec); ec) {
      acceptor_.close();
      return Failed(where, "listen", ec);
    }
    port_ = acceptor_.local_endpoint(ec).port();
    net::post(acceptor_.get_executor(), [this] { Accept(); });
    return core::Ok();
  }

  std::uint16_t port() const { return port_; }

  void Run() {
    std::vector<std::thread> extra;
    for (int i = 1; i < IoThreads(core_.options.threads); ++i) {
      extra.emplace_back([this] { RunIo(); });
    }
    RunIo();
    for (auto& thread : extra) thread.join();
    // No io thread runs now; make sure nobody can connect to a server that no longer serves.
    boost::system::error_code ec;
    acceptor_.close(ec);
  }

  void Shutdown() {
    if (core_.shutting_down.exchange(true)) return;
    net::post(acceptor_.get_executor(), [this] { Drain(); });
  }

  void ShutdownOnSignals() {
    signals_.emplace(acceptor_.get_executor(), SIGINT, SIGTERM);
    signals_->async_wait([this](const boost::system::error_code& ec, int signal) {
      if (ec) return;
      spdlog::info("http: signal {} received, shutting down", signal);
      Shutdown();
    });
  }

 private:
  static core::Error Unavailable(std::string message) {
    return core::Error::Make(core::ErrorCode::kUnavailable, std::move(message));
  }
  static core::Error Failed(const std::string& where, const char* step,
                            const boost::system::error_code& ec) {
    return Unavailable("cannot listen on " + where + ": " + step + " failed: " + ec.message());
  }

  void RunIo() {
    for (;;) {
      try {
        ioc_.run();
        return;
      } catch (const std::exception& e) {  // a bug in a completion handler: log, keep serving
        spdlog::error("http: io thread caught: {}", e.what());
      }
    }
  }

  // On the acceptor strand.
  void Accept() {
    acceptor_.async_accept(net::make_strand(ioc_),
                           [this](const boost::system::error_code& ec, tcp::socket socket) {
                             if (ec == net::error::operation_aborted || !acceptor_.is_open())
                               return;
                             if (ec) {
                               // E.g. out of file descriptors: back off instead of spinning on the
                               // error.
                               spdlog::warn("http: accept failed: {}", ec.message());
                               accept_retry_.expires_after(std::chrono::milliseconds(100));
                               accept_retry_.async_wait([this](const boost::system::error_code& e) {
                                 if (!e && acceptor_.is_open()) Accept();
                               });
                               return;
                             }
                             internal::StartSession(std::move(socket), core_);
                             if (!core_.shutting_down) Accept();
                           });
  }

  // On the acceptor strand, once: stop accepting, ask every connection to finish, and stop the
  // io once the last one closed or the grace period ran out.
  void Drain() {
    boost::system::error_code ec;
    acceptor_.close(ec);
    accept_retry_.cancel();
    if (signals_) signals_->cancel(ec);
    std::vector<std::shared_ptr<internal::Session>> live;
    {
      std::lock_guard lock(core_.mu);
      for (const auto& [key, weak] : core_.sessions) {
        if (auto session = weak.lock()) live.push_back(std::move(session));
      }
    }
    for (const auto& session : live) internal::CloseSessionForShutdown(session);
    live.clear();           // our references must not keep the count above zero
    core_.draining = true;  // read by ~Session after its decrement, so one of us sees zero
    if (core_.live_sessions == 0) return ioc_.stop();
    grace_timer_.expires_after(core_.options.shutdown_grace);
    grace_timer_.async_wait([this](const boost::system::error_code& e) {
      if (e) return;
      spdlog::warn("http: shutdown grace elapsed with {} connection(s) open; closing them",
                   core_.live_sessions.load());
      ioc_.stop();
    });
  }

  ServerCore core_;  // before ioc_: sessions destroyed with ioc_ still deregister from it
  net::io_context ioc_;
  tcp::acceptor acceptor_;
  net::steady_timer accept_retry_;
  net::steady_timer grace_timer_;
  std::optional<net::signal_set> signals_;
  std::uint16_t port_ = 0;
  std::optional<WorkPool> slow_pool_;  // after ioc_: destroyed (joined) before it
};

// ---- The request/response rules every session applies (declared in server_session.h). ----

namespace internal {

namespace {

bool IEquals(std::string_view a, std::string_view b) {
  const auto same = [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) ==
           std::tolower(static_cast<unsigned char>(y));
  };
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), same);
}

}  // namespace

std::string ContentTypeWithCharset(std::string_view content_type) {
  std::string lower = Lower(content_type);
  if (lower.empty() || lower.find("charset=") != std::string::npos)
    return std::string(content_type);
  const std::string_view essence = std::string_view(lower).substr(0, lower.find(';'));
  const auto ends_with = [&](std::string_view suffix) {
    return essence.size() >= suffix.size() &&
           essence.substr(essence.size() - suffix.size()) == suffix;
  };
  const bool textual = essence.starts_with("text/") || essence == "application/json" ||
                       essence == "application/javascript" || essence == "application/xml" ||
                       ends_with("+json") || ends_with("+xml");
  if (!textual) return std::string(content_type);
  return std::string(content_type) + "; charset=utf-8";
}

std::vector<std::pair<std::string, std::string>> ResponseHeaders(const Response& response) {
  std::vector<std::pair<std::string, std::string>> out;
  out.reserve(response.headers.size() + 6);
  const auto find = [&](std::string_view name) -> const std::string* {
    for (const auto& [k, v] : response.headers) {
      if (IEquals(k, name)) return &v;
    }
    return nullptr;
  };
  // A Content-Type among the extra headers wins over the content_type member.
  const std::string* header_type = find("content-type");
  const std::string& content_type = header_type ? *header_type : response.content_type;
  if (!content_type.empty()) out.emplace_back("Content-Type", ContentTypeWithCharset(content_type));
  for (const auto& [name, value] : response.headers) {
    // Framing headers belong to the server; CR/LF would let a value inject headers.
    const bool managed = IEquals(name, "content-length") || IEquals(name, "transfer-encoding") ||
                         IEquals(name, "connection") || IEquals(name, "content-type") ||
                         IEquals(name, "server");
    const bool unsafe = name.empty() || name.find_first_of("\r\n: ") != std::string::npos ||
                        value.find_first_of("\r\n") != std::string::npos;
    if (unsafe) spdlog::error("http: dropped a response header with CR/LF or a bad name");
    if (!managed && !unsafe) out.emplace_back(name, value);
  }
  const auto add_default = [&](const char* name, const char* value) {
    if (!find(name)) out.emplace_back(name, value);
  };
  add_default("X-Content-Type-Options", "nosniff");
  add_default("Referrer-Policy", "no-referrer");
  add_default("Content-Security-Policy",
              "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
  add_default("Cache-Control", "no-store");
  return out;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace internal

Server::Server(ServerOptions options, Handler handler)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(handler))) {}
Server::~Server() = default;
core::Result<void> Server::Listen() { return impl_->Listen(); }
std::uint16_t Server::port() const { return impl_->port(); }
void Server::Run() { impl_->Run(); }
void Server::Shutdown() { impl_->Shutdown(); }
void Server::ShutdownOnSignals() { impl_->ShutdownOnSignals(); }

}  // namespace salesdesk::http
