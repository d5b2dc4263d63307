// HTTP/1.1 keep-alive load generator: N connections, each sending its next request as soon as
// the previous answer arrived (closed loop), for a warm-up and then a measured duration. Prints
// one JSON line: {"requests":..,"rps":..,"p50_us":..,"p99_us":..,"errors":..,"non2xx":..,...}.
//
//   loadgen --url http://127.0.0.1:8080/api/v1/health --connections 8 --duration 10
//           [--method POST] [--header 'Authorization: Bearer x']... [--body '...' |
//           --body-file f | --body-template '{"name":"acct {n}"}'] [--warmup 2] [--threads 1]
//
// {n} in a body template becomes a counter unique across connections, so POSTs create distinct
// records. Only requests both sent and answered inside the measured window are counted.
#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;
using Clock = std::chrono::steady_clock;

struct Options {
  std::string host, port = "80", target = "/";
  int connections = 8, threads = 1;
  double duration_s = 10, warmup_s = 2;
  std::string method = "GET";
  std::vector<std::pair<std::string, std::string>> headers;
  std::optional<std::string> body, body_template;
};

struct Window {
  Clock::time_point start, end;  // the measured interval
  std::atomic<bool> stopping{false};
  std::atomic<std::uint64_t> counter{0};  // {n} in body templates
  std::atomic<bool> reported_non2xx{false};
};

// Serializes one request; with a template, {n} is replaced by the next counter value.
std::string BuildRequest(const Options& o, Window& window) {
  bhttp::request<bhttp::string_body> req;
  req.method_string(o.method);
  req.target(o.target);
  req.version(11);
  req.set(bhttp::field::host, o.host);
  bool has_type = false;
  for (const auto& [name, value] : o.headers) {
    req.insert(name, value);
    has_type = has_type || beast::iequals(name, "content-type");
  }
  if (o.body_template) {
    std::string body = *o.body_template;
    const std::string n = std::to_string(window.counter.fetch_add(1));
    for (std::size_t at = body.find("{n}"); at != std::string::npos; at = body.find("{n}", at)) {
      body.replace(at, 3, n);
      at += n.size();
    }
    req.body() = std::move(body);
  } else if (o.body) {
    req.body() = *o.body;
  }
  if (!req.body().empty() && !has_type) req.set(bhttp::field::content_type, "application/json");
  req.prepare_payload();
  std::ostringstream out;
  out << req;
  return out.str();
}

class Connection : public std::enable_shared_from_this<Connection> {
 public:
  Connection(net::io_context& ioc, const Options& options, const tcp::resolver::results_type& eps,
             Window& window)
      : stream_(net::make_strand(ioc)),
        retry_(stream_.get_executor()),
        options_(options),
        endpoints_(eps),
        window_(window) {}

  void Start() {
    net::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->Connect(); });
  }

  std::vector<std::uint32_t> samples;  // latencies in µs, measured window only
  std::uint64_t errors = 0, non2xx = 0;

 private:
  void Connect() {
    stream_.expires_after(std::chrono::seconds(10));
    stream_.async_connect(endpoints_,
                          [self = shared_from_this()](beast::error_code ec, const tcp::endpoint&) {
                            if (ec) return self->Fail(Clock::now());
                            beast::error_code ignored;
                            self->stream_.socket().set_option(tcp::no_delay(true), ignored);
                            self->Send();
                          });
  }

  void Send() {
    if (window_.stopping) return;
    if (request_.empty() || options_.body_template) request_ = BuildRequest(options_, window_);
    sent_ = Clock::now();
    stream_.expires_after(std::chrono::seconds(30));
    net::async_write(stream_, net::buffer(request_),
                     [self = shared_from_this()](beast::error_code ec, std::size_t) {
                       if (ec) return self->Fail(self->sent_);
                       self->Receive();
                     });
  }

  void Receive() {
    parser_.emplace();
    parser_->body_limit(std::uint64_t{1} << 30);
    parser_->skip(options_.method == "HEAD");
    bhttp::async_read(stream_, buffer_, *parser_,
                      [self = shared_from_this()](beast::error_code ec, std::size_t) {
                        if (ec) return self->Fail(self->sent_);
                        self->Done();
                      });
  }

  void Done() {
    const auto now = Clock::now();
    const auto& res = parser_->get();
    const bool ok = res.result_int() >= 200 && res.result_int() < 300;
    if (sent_ >= window_.start && now <= window_.end) {
      samples.push_back(static_cast<std::uint32_t>(
          std::chrono::duration_cast<std::chrono::microseconds>(now - sent_).count()));
      if (!ok) ++non2xx;
    }
    if (!ok && !window_.reported_non2xx.exchange(true)) {
      std::fprintf(stderr, "loadgen: first non-2xx answer: %d %.200s\n", res.result_int(),
                   res.body().c_str());
    }
    if (!res.keep_alive()) return Reconnect();
    Send();
  }

  void Fail(Clock::time_point started) {
    if (window_.stopping) return;
    if (started >= window_.start) ++errors;
    // Back off a little so a dead server does not turn into a busy loop.
    retry_.expires_after(std::chrono::milliseconds(10));
    retry_.async_wait([self = shared_from_this()](beast::error_code) { self->Reconnect(); });
  }

  void Reconnect() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_both, ignored);
    stream_.close();
    buffer_.clear();
    Connect();
  }

  beast::tcp_stream stream_;
  net::steady_timer retry_;
  const Options& options_;
  const tcp::resolver::results_type& endpoints_;
  Window& window_;
  beast::flat_buffer buffer_;
  std::string request_;
  std::optional<bhttp::response_parser<bhttp::string_body>> parser_;
  Clock::time_point sent_;
};

[[noreturn]] void Usage(const char* problem) {
  std::fprintf(stderr,
               "loadgen: %s\nusage: loadgen --url http://host:port/path [--connections 8] "
               "[--duration 10] [--warmup 2] [--threads 1] [--method GET] [--header 'K: V']... "
               "[--body S | --body-file F | --body-template 'S with {n}']\n",
               problem);
  std::exit(2);
}

Options Parse(int argc, char** argv) {
  Options o;
  std::string url;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (i + 1 >= argc) Usage(("missing value for " + arg).c_str());
    const std::string value = argv[++i];
    if (arg == "--url") {
      url = value;
    } else if (arg == "--connections") {
      o.connections = std::max(1, std::stoi(value));
    } else if (arg == "--duration") {
      o.duration_s = std::stod(value);
    } else if (arg == "--warmup") {
      o.warmup_s = std::stod(value);
    } else if (arg == "--threads") {
      o.threads = std::max(1, std::stoi(value));
    } else if (arg == "--method") {
      o.method = value;
    } else if (arg == "--header") {
      const auto colon = value.find(':');
      if (colon == std::string::npos) Usage("a header must look like 'Name: value'");
      const auto start = value.find_first_not_of(' ', colon + 1);
      o.headers.emplace_back(value.substr(0, colon),
                             start == std::string::npos ? "" : value.substr(start));
    } else if (arg == "--body") {
      o.body = value;
    } else if (arg == "--body-file") {
      std::ifstream in(value, std::ios::binary);
      if (!in) Usage(("cannot read " + value).c_str());
      o.body = std::string(std::istreambuf_iterator<char>(in), {});
    } else if (arg == "--body-template") {
      o.body_template = value;
    } else {
      Usage(("unknown option " + arg).c_str());
    }
  }
  constexpr std::string_view kScheme = "http://";
  if (!url.starts_with(kScheme)) Usage("--url must start with http://");
  const std::string rest = url.substr(kScheme.size());
  const auto slash = rest.find('/');
  const std::string authority = rest.substr(0, slash);
  o.target = slash == std::string::npos ? "/" : rest.substr(slash);
  const auto colon = authority.rfind(':');
  o.host = authority.substr(0, colon);
  if (colon != std::string::npos) o.port = authority.substr(colon + 1);
  if (o.host.empty()) Usage("--url has no host");
  return o;
}

std::uint32_t Percentile(const std::vector<std::uint32_t>& sorted, double p) {
  if (sorted.empty()) return 0;
  const auto rank = static_cast<std::size_t>(p * static_cast<double>(sorted.size()));
  return sorted[std::min(sorted.size() - 1, rank)];
}

}  // namespace

int main(int argc, char** argv) {
  const Options options = Parse(argc, argv);
  net::io_context ioc(options.threads);
  const auto endpoints = tcp::resolver(ioc).resolve(options.host, options.port);

  Window window;
  const auto to_duration = [](double s) {
    return std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(s));
  };
  window.start = Clock::now() + to_duration(options.warmup_s);
  window.end = window.start + to_duration(options.duration_s);

  std::vector<std::shared_ptr<Connection>> connections;
  for (int i = 0; i < options.connections; ++i) {
    connections.push_back(std::make_shared<Connection>(ioc, options, endpoints, window));
    connections.back()->Start();
  }
  net::steady_timer stop(ioc, window.end);
  stop.async_wait([&](beast::error_code) {
    window.stopping = true;
    ioc.stop();  // in-flight requests end outside the window and are not counted anyway
  });

  std::vector<std::thread> pool;
  for (int i = 1; i < options.threads; ++i) pool.emplace_back([&] { ioc.run(); });
  ioc.run();
  for (auto& t : pool) t.join();

  std::vector<std::uint32_t> all;
  std::uint64_t errors = 0, non2xx = 0;
  for (const auto& c : connections) {
    all.insert(all.end(), c->samples.begin(), c->samples.end());
    errors += c->errors;
    non2xx += c->non2xx;
  }
  std::sort(all.begin(), all.end());
  double sum = 0;
  for (const auto v : all) sum += v;
  std::printf(
      "{\"requests\":%zu,\"rps\":%.1f,\"p50_us\":%u,\"p90_us\":%u,\"p99_us\":%u,\"max_us\":%u,"
      "\"mean_us\":%.1f,\"errors\":%llu,\"non2xx\":%llu,\"connections\":%d,\"duration_s\":%.1f}\n",
      all.size(), static_cast<double>(all.size()) / options.duration_s, Percentile(all, 0.50),
      Percentile(all, 0.90), Percentile(all, 0.99), all.empty() ? 0u : all.back(),
      all.empty() ? 0.0 : sum / static_cast<double>(all.size()),
      static_cast<unsigned long long>(errors), static_cast<unsigned long long>(non2xx),
      options.connections, options.duration_s);
  return errors == 0 && !all.empty() ? 0 : 1;
}
