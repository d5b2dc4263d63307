// One keep-alive connection: wait for a request (idle timeout), read it (read timeout, header
// and body limits), call the handler synchronously on this strand, write the answer, repeat.
#include "http/server_session.h"

#include "http/percent_decoding.h"

#include <spdlog/spdlog.h>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <algorithm>
#include <exception>
#include <string>

#include "http/problem_body.h"

namespace salesdesk::http::internal {
namespace {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

constexpr std::size_t kReadChunk = 16 * 1024;
// After an error answer we stop sending but drain what the client still sends for a while:
// closing with unread bytes makes the kernel send RST, which can destroy the answer in flight.
constexpr std::size_t kLingerDrainLimit = 4 * 1024 * 1024;
constexpr std::chrono::seconds kLingerTimeout{2};
constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";

bool IEquals(std::string_view a, std::string_view b) { return beast::iequals(a, b); }

Response InternalError() {
  return MakeProblem(500, "Internal Server Error", core::Msg("server.failed"));
}

}  // namespace

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, ServerCore& core) : stream_(std::move(socket)), core_(core) {
    ++core_.live_sessions;
  }

  ~Session() {
    {
      std::lock_guard lock(core_.mu);
      core_.sessions.erase(this);
    }
    // The last connection out during a drain ends Run() early (see ServerCore::draining).
    if (--core_.live_sessions == 0 && core_.draining) core_.stop_io();
  }

  void Start() {
    beast::error_code ec;
    const auto endpoint = stream_.socket().remote_endpoint(ec);
    if (!ec) remote_ = endpoint.address().to_string();
    stream_.socket().set_option(tcp::no_delay(true), ec);
    {
      std::lock_guard lock(core_.mu);
      core_.sessions.emplace(this, weak_from_this());
    }
    // Registered before the flag is read: Shutdown() either finds this session or we see it.
    if (core_.shutting_down) closing_ = true;
    net::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->WaitForRequest(); });
  }

  // On the strand: finish the current exchange, then close; an idle connection closes now.
  void OnShutdown() {
    closing_ = true;
    if (phase_ == Phase::kIdle || phase_ == Phase::kLingering) stream_.cancel();
  }

 private:
  enum class Phase { kIdle, kReading, kHandling, kWriting, kLingering };

  // What the handler needs to know of the request's framing once it has answered.
  struct Exchange {
    unsigned version;
    bool head;
    bool keep_alive;  // as the client asked
  };

  void WaitForRequest() {
    phase_ = Phase::kIdle;
    if (closing_) return Close();
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(core_.options.header_limit));
    // Beast checks a Content-Length against the limit while parsing the header, before the path
    // is known: the larger upload limit first, the usual one enforced in AfterHeader.
    parser_->body_limit(std::max(core_.options.body_limit, core_.options.upload_limit));
    if (buffer_.size() > 0) return ReadHeader();  // a pipelined request is already here
    stream_.expires_after(core_.options.idle_timeout);
    stream_.async_read_some(buffer_.prepare(kReadChunk),
                            [self = shared_from_this()](beast::error_code ec, std::size_t n) {
                              self->buffer_.commit(n);
                              if (ec) return self->Close();  // idle timeout, EOF or shutdown
                              self->ReadHeader();
                            });
  }

  // The first bytes arrived: the whole request must now arrive within read_timeout.
  void ReadHeader() {
    phase_ = Phase::kReading;
    stream_.expires_after(core_.options.read_timeout);
    bhttp::async_read_header(stream_, buffer_, *parser_,
                             [self = shared_from_this()](beast::error_code ec, std::size_t) {
                               if (ec) return self->OnReadError(ec);
                               self->AfterHeader();
                             });
  }

  void AfterHeader() {
    if (parser_->is_done()) return HandleRequest();
    const auto& req = parser_->get();
    const bool upload = req.method() == bhttp::verb::post &&
                        std::string_view(req.target()).starts_with(core_.options.upload_path);
    if (!upload) {
      const auto length = parser_->content_length();
      if (length && *length > core_.options.body_limit) {
        return OnReadError(bhttp::error::body_limit);
      }
      parser_->body_limit(core_.options.body_limit);  // a chunked body, as it arrives
    }
    const auto expect = req[bhttp::field::expect];
    if (!IEquals(expect, "100-continue")) return ReadBody();
    net::async_write(stream_, net::buffer(kContinue.data(), kContinue.size()),
                     [self = shared_from_this()](beast::error_code ec, std::size_t) {
                       if (ec) return self->Close();
                       self->ReadBody();
                     });
  }

  void ReadBody() {
    bhttp::async_read(stream_, buffer_, *parser_,
                      [self = shared_from_this()](beast::error_code ec, std::size_t) {
                        if (ec) return self->OnReadError(ec);
                        self->HandleRequest();
                      });
  }

  void OnReadError(beast::error_code ec) {
    if (ec == bhttp::error::body_limit) {
      return SendErrorAndClose(MakeProblem(
          413, "Payload Too Large",
          core::Msg("http.body_too_large", {{"limit", std::to_string(core_.options.body_limit)}}),
          "body"));
    }
    if (ec == bhttp::error::header_limit) {
      return SendErrorAndClose(
          MakeProblem(431, "Request Header Fields Too Large",
                      core::Msg("http.headers_too_large",
                                {{"limit", std::to_string(core_.options.header_limit)}})));
    }
    // Other parser errors mean malformed HTTP; socket errors, timeouts and a peer that went
    // away mid-request leave nobody to answer.
    if (ec.category() == bhttp::make_error_code(bhttp::error::bad_method).category() &&
        ec != bhttp::error::end_of_stream && ec != bhttp::error::partial_message) {
      return SendErrorAndClose(
          MakeProblem(400, "Bad Request", core::Msg("http.malformed", {{"reason", ec.message()}})));
    }
    Close();
  }

  void HandleRequest() {
    phase_ = Phase::kHandling;
    stream_.expires_never();  // the handler may block; no read or write is pending meanwhile
    auto& req = parser_->get();
    const bool head = req.method() == bhttp::verb::head;

    Request request;
    request.method = std::string(req.method_string());
    const std::string_view target = req.target();
    const std::size_t q = target.find('?');
    if (q != std::string_view::npos) request.query = std::string(target.substr(q + 1));
    std::optional<std::string> path;
    if (!target.empty() && target.front() == '/')
      path = PercentDecode(target.substr(0, q), /*plus_is_space=*/false);
    if (!path) {
      return SendErrorAndClose(MakeProblem(400, "Bad Request", core::Msg("http.bad_path"), "path"));
    }
    request.path = std::move(*path);
    request.headers.reserve(static_cast<std::size_t>(std::distance(req.begin(), req.end())));
    for (const auto& field : req) {
      request.headers.emplace_back(Lower(field.name_string()), std::string(field.value()));
    }
    request.body = std::move(req.body());
    request.remote_address = remote_;

    const Exchange exchange{req.version(), head, req.keep_alive()};
    if (core_.slow_pool != nullptr && IsSlow(request)) {
      // Off the io thread; the answer comes back to this connection's strand.
      auto task = [self = shared_from_this(), request = std::move(request), exchange] {
        Response response = self->Call(request);
        net::post(self->stream_.get_executor(),
                  [self, response = std::move(response), exchange]() mutable {
                    self->Answer(std::move(response), exchange);
                  });
      };
      if (core_.slow_pool->TryPost(std::move(task))) return;
      Response busy = MakeProblem(503, "Service Unavailable", core::Msg("server.busy_signing_in"));
      busy.headers.emplace_back("Retry-After", "1");
      return Answer(std::move(busy), exchange);
    }
    Answer(Call(request), exchange);
  }

  bool IsSlow(const Request& request) {
    try {
      return core_.options.slow(request);
    } catch (const std::exception& e) {
      spdlog::error("http: slow-request check failed for {}: {}", request.path, e.what());
      return false;
    }
  }

  // The handler, on whichever thread runs it; never throws.
  Response Call(const Request& request) {
    try {
      return core_.handler(request);
    } catch (const std::exception& e) {
      spdlog::error("http: handler failed for {} {}: {}", request.method, request.path, e.what());
    } catch (...) {
      spdlog::error("http: handler failed for {} {}: unknown exception", request.method,
                    request.path);
    }
    return InternalError();
  }

  // On the strand, once the handler answered.
  void Answer(Response response, const Exchange& exchange) {
    // Read after the handler: a Shutdown() during a slow request must still close this connection.
    const bool keep_alive = exchange.keep_alive && !closing_ && !core_.shutting_down;
    Write(std::move(response), exchange.version, exchange.head, keep_alive, /*error_close=*/false);
  }

  void SendErrorAndClose(Response response) {
    const unsigned version = parser_ && parser_->is_header_done() ? parser_->get().version() : 11;
    Write(std::move(response), version, /*head=*/false, /*keep_alive=*/false, /*error_close=*/true);
  }

  void Write(Response response, unsigned version, bool head, bool keep_alive, bool error_close) {
    if (response.status < 100 || response.status > 599) {
      spdlog::error("http: handler returned invalid status {}", response.status);
      response = InternalError();
    }
    const bool has_body =
        response.status >= 200 && response.status != 204 && response.status != 304;
    if (response.stream && has_body && !head && version >= 11) {
      return WriteStreamed(std::move(response), version, keep_alive);
    }
    if (response.stream && has_body && !head) CollectStream(response);  // HTTP/1.0: no chunks
    try {
      BuildResponse(std::move(response), version, head, keep_alive);
    } catch (const std::exception& e) {  // e.g. a header Beast refuses
      spdlog::error("http: cannot serialize response: {}", e.what());
      BuildResponse(InternalError(), version, head, keep_alive);
    }
    phase_ = Phase::kWriting;
    stream_.expires_after(core_.options.read_timeout);
    bhttp::async_write(
        stream_, res_,
        [self = shared_from_this(), keep_alive, error_close](beast::error_code ec, std::size_t) {
          if (ec) return self->Close();
          if (error_close) return self->Linger();
          if (!keep_alive) return self->Close();
          self->WaitForRequest();
        });
  }

  // A streamed answer to an HTTP/1.0 client, read whole (a failure becomes a 500).
  static void CollectStream(Response& response) {
    Response::Step step = Response::Step::kMore;
    while (step == Response::Step::kMore) step = response.stream(response.body);
    if (step == Response::Step::kFailed) response = InternalError();
    response.stream = nullptr;
  }

  // Header first, then one chunk per call of the producer, then the last chunk. Each write has
  // the read timeout, so a client that stops reading frees the connection.
  void WriteStreamed(Response response, unsigned version, bool keep_alive) {
    stream_res_ = {};
    stream_res_.version(version);
    stream_res_.result(static_cast<unsigned>(response.status));
    stream_res_.set(bhttp::field::server, "salesdesk");
    for (auto& [name, value] : ResponseHeaders(response)) stream_res_.insert(name, value);
    stream_res_.chunked(true);
    stream_res_.keep_alive(keep_alive);
    producer_ = std::move(response.stream);
    stream_sr_.emplace(stream_res_);
    phase_ = Phase::kWriting;
    stream_.expires_after(core_.options.read_timeout);
    bhttp::async_write_header(
        stream_, *stream_sr_,
        [self = shared_from_this(), keep_alive](beast::error_code ec, std::size_t) {
          if (ec) return self->Close();
          self->WriteNextChunk(keep_alive);
        });
  }

  void WriteNextChunk(bool keep_alive) {
    chunk_.clear();
    Response::Step step = Response::Step::kMore;
    try {
      // An empty chunk would end the body: call again until there is something or the end.
      while (chunk_.empty() && step == Response::Step::kMore) step = producer_(chunk_);
    } catch (const std::exception& e) {
      spdlog::error("http: streamed answer failed: {}", e.what());
      step = Response::Step::kFailed;
    }
    if (step == Response::Step::kFailed) {
      spdlog::error("http: streamed answer cut short");
      return Close();
    }
    auto after = [self = shared_from_this(), keep_alive, step](beast::error_code ec, std::size_t) {
      if (ec) return self->Close();
      if (step == Response::Step::kMore) return self->WriteNextChunk(keep_alive);
      self->FinishStream(keep_alive);
    };
    stream_.expires_after(core_.options.read_timeout);
    if (chunk_.empty()) return after({}, 0);
    net::async_write(stream_, bhttp::make_chunk(net::buffer(chunk_)), std::move(after));
  }

  void FinishStream(bool keep_alive) {
    producer_ = nullptr;
    stream_.expires_after(core_.options.read_timeout);
    net::async_write(stream_, bhttp::make_chunk_last(),
                     [self = shared_from_this(), keep_alive](beast::error_code ec, std::size_t) {
                       self->stream_sr_.reset();
                       if (ec || !keep_alive) return self->Close();
                       self->WaitForRequest();
                     });
  }

  void BuildResponse(Response response, unsigned version, bool head, bool keep_alive) {
    res_ = {};
    res_.version(version);
    res_.result(static_cast<unsigned>(response.status));
    res_.set(bhttp::field::server, "salesdesk");
    const bool no_body = response.status < 200 || response.status == 204 || response.status == 304;
    if (no_body) response.body.clear();
    for (auto& [name, value] : ResponseHeaders(response)) {
      if (no_body && name == "Content-Type") continue;
      res_.insert(name, value);
    }
    if (head) {
      if (!no_body) res_.content_length(response.body.size());  // what GET would send
    } else {
      res_.body() = std::move(response.body);
      res_.prepare_payload();
    }
    res_.keep_alive(keep_alive);
  }

  // Half-close, then drain the client's leftovers (see kLingerDrainLimit) before closing.
  void Linger() {
    phase_ = Phase::kLingering;
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    if (ec) return Close();
    buffer_.clear();
    stream_.expires_after(kLingerTimeout);
    Drain();
  }

  void Drain() {
    stream_.async_read_some(buffer_.prepare(kReadChunk),
                            [self = shared_from_this()](beast::error_code ec, std::size_t n) {
                              self->drained_ += n;
                              self->buffer_.clear();
                              if (ec || self->drained_ > kLingerDrainLimit) return self->Close();
                              self->Drain();
                            });
  }

  void Close() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_both, ec);
    stream_.close();
  }

  beast::tcp_stream stream_;
  ServerCore& core_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  bhttp::response<bhttp::string_body> res_;  // alive until its async_write completes
  // A streamed answer: its header, the serializer that wrote it, the producer, the chunk in flight.
  bhttp::response<bhttp::empty_body> stream_res_;
  std::optional<bhttp::response_serializer<bhttp::empty_body>> stream_sr_;
  std::function<Response::Step(std::string&)> producer_;
  std::string chunk_;
  std::string remote_;
  Phase phase_ = Phase::kIdle;
  bool closing_ = false;
  std::size_t drained_ = 0;

  friend void CloseSessionForShutdown(const std::shared_ptr<Session>& session);
};

void StartSession(tcp::socket socket, ServerCore& core) {
  std::make_shared<Session>(std::move(socket), core)->Start();
}

void CloseSessionForShutdown(const std::shared_ptr<Session>& session) {
  net::post(session->stream_.get_executor(), [session] { session->OnShutdown(); });
}

}  // namespace salesdesk::http::internal
