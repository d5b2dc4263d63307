// Private to server.cpp and server_session.cpp: the state shared between the accept loop and
// the connections, the session entry points, and the Beast-free request/response helpers
// (defined in server.cpp; declared here so that tests can reach them).
#pragma once

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <boost/asio/ip/tcp.hpp>

#include "http/http_types.h"
#include "http/server.h"
#include "http/work_pool.h"

namespace salesdesk::http::internal {

class Session;  // one connection; defined in server_session.cpp

// Owned by Server::Impl and declared before its io_context, so it outlives every session.
struct ServerCore {
  ServerOptions options;
  Handler handler;
  std::atomic<bool> shutting_down{false};  // new requests get Connection: close
  std::atomic<bool> draining{false};       // acceptor closed; the last session out stops the io
  std::atomic<int> live_sessions{0};
  std::function<void()> stop_io;  // thread-safe (io_context::stop)
  WorkPool* slow_pool = nullptr;  // for ServerOptions::slow requests; owned by Server::Impl

  std::mutex mu;
  std::map<const Session*, std::weak_ptr<Session>> sessions;  // guarded by mu
};

// Takes over an accepted socket (bound to its own strand) and serves it until it closes.
void StartSession(boost::asio::ip::tcp::socket socket, ServerCore& core);
// Asks a session, on its strand, to close once the current response is written (or now if idle).
void CloseSessionForShutdown(const std::shared_ptr<Session>& session);

// ASCII lower-casing of header names and media types.
std::string Lower(std::string_view s);

// "application/json" -> "application/json; charset=utf-8" for textual types; values that
// already name a charset, and binary types, are kept as they are.
std::string ContentTypeWithCharset(std::string_view content_type);

// The header lines the server sends for `response` besides Content-Length, Connection and
// Server: Content-Type (with charset), the handler's headers, then the G12 security headers
// and Cache-Control: no-store unless the handler set its own.
std::vector<std::pair<std::string, std::string>> ResponseHeaders(const Response& response);

}  // namespace salesdesk::http::internal
