// The HTTP server on a real socket: a Server on an ephemeral port with an echoing handler,
// talked to by a small synchronous Beast client.
#include "http/server.h"

#include <gtest/gtest.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/json.hpp>

#include <chrono>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>

namespace salesdesk::http {
namespace {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace net = boost::asio;
namespace json = boost::json;
using tcp = net::ip::tcp;
using HttpResponse = bhttp::response<bhttp::string_body>;

Response Echo(const Request& request) {
  if (request.path == "/throw") throw std::runtime_error("secret detail");
  if (request.path == "/slow") std::this_thread::sleep_for(std::chrono::milliseconds(300));
  Response response;
  if (request.path == "/own-headers") {
    response.headers = {{"Content-Security-Policy", "default-src 'none'"},
                        {"Cache-Control", "max-age=60"}};
  }
  response.body = json::serialize(json::object{{"method", request.method},
                                               {"path", request.path},
                                               {"query", request.query},
                                               {"body", request.body},
                                               {"x_test", request.Header("x-test")},
                                               {"remote", request.remote_address}});
  return response;
}

class ServerTest : public ::testing::Test {
 protected:
  void Start(ServerOptions options = {}) {
    options.port = 0;
    options.threads = 2;
    server_ = std::make_unique<Server>(options, Echo);
    const auto listening = server_->Listen();
    ASSERT_TRUE(listening.ok()) << listening.error().message;
    run_thread_ = std::thread([this] { server_->Run(); });
  }

  void TearDown() override {
    if (!server_) return;
    server_->Shutdown();
    if (run_thread_.joinable()) run_thread_.join();
  }

  tcp::socket Connect() {
    tcp::socket socket(ioc_);
    socket.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), server_->port()));
    return socket;
  }

  static HttpResponse Read(tcp::socket& socket, beast::flat_buffer& buffer, bool head = false) {
    bhttp::response_parser<bhttp::string_body> parser;
    parser.skip(head);  // a HEAD answer announces a body it does not carry
    bhttp::read(socket, buffer, parser);
    return parser.release();
  }

  static HttpResponse Exchange(tcp::socket& socket, beast::flat_buffer& buffer, bhttp::verb method,
                               std::string target, std::string body = {}) {
    bhttp::request<bhttp::string_body> request(method, target, 11);
    request.set(bhttp::field::host, "127.0.0.1");
    request.body() = std::move(body);
    request.prepare_payload();
    bhttp::write(socket, request);
    return Read(socket, buffer, method == bhttp::verb::head);
  }

  HttpResponse Get(std::string target) {
    auto socket = Connect();
    beast::flat_buffer buffer;
    return Exchange(socket, buffer, bhttp::verb::get, std::move(target));
  }

  // Sends raw bytes and reads one answer.
  HttpResponse Raw(std::string_view bytes) {
    auto socket = Connect();
    net::write(socket, net::buffer(bytes.data(), bytes.size()));
    beast::flat_buffer buffer;
    return Read(socket, buffer);
  }

  static bool ClosedByServer(tcp::socket& socket, beast::flat_buffer& buffer) {
    beast::error_code ec;
    bhttp::response<bhttp::string_body> ignored;
    bhttp::read(socket, buffer, ignored, ec);
    return ec == bhttp::error::end_of_stream || ec == net::error::connection_reset;
  }

  static json::object Json(const HttpResponse& response) {
    return json::parse(response.body()).as_object();
  }

  net::io_context ioc_;
  std::unique_ptr<Server> server_;
  std::thread run_thread_;
};

TEST_F(ServerTest, KeepAliveServesTwoRequestsOnOneConnection) {
  Start();
  auto socket = Connect();
  beast::flat_buffer buffer;
  const auto first = Exchange(socket, buffer, bhttp::verb::get, "/accounts?limit=20&sort=-name");
  ASSERT_EQ(first.result_int(), 200);
  EXPECT_TRUE(first.keep_alive());
  EXPECT_EQ(Json(first).at("path"), "/accounts");
  EXPECT_EQ(Json(first).at("query"), "limit=20&sort=-name");
  EXPECT_EQ(Json(first).at("remote"), "127.0.0.1");
  const auto second = Exchange(socket, buffer, bhttp::verb::post, "/orders", "{\"a\":1}");
  ASSERT_EQ(second.result_int(), 200);
  EXPECT_EQ(Json(second).at("method"), "POST");
  EXPECT_EQ(Json(second).at("body"), "{\"a\":1}");
}

TEST_F(ServerTest, HeadersAreLowerCasedForTheHandler) {
  Start();
  const auto response = Raw("GET /h HTTP/1.1\r\nHost: x\r\nX-TEST: Value\r\n\r\n");
  EXPECT_EQ(Json(response).at("x_test"), "Value");
}

TEST_F(ServerTest, BodyOverLimitIs413ProblemNamingBody) {
  ServerOptions options;
  options.body_limit = 1024;
  Start(options);
  auto socket = Connect();
  beast::flat_buffer buffer;
  const auto response =
      Exchange(socket, buffer, bhttp::verb::post, "/orders", std::string(64 * 1024, 'x'));
  ASSERT_EQ(response.result_int(), 413);
  EXPECT_EQ(response[bhttp::field::content_type], "application/problem+json; charset=utf-8");
  const auto problem = Json(response);
  EXPECT_EQ(problem.at("field"), "body");
  EXPECT_EQ(problem.at("status"), 413);
  EXPECT_NE(json::value_to<std::string>(problem.at("detail")).find("1024"), std::string::npos);
  EXPECT_FALSE(response.keep_alive());
  EXPECT_TRUE(ClosedByServer(socket, buffer));
}

TEST_F(ServerTest, HeaderTooLargeIs431) {
  ServerOptions options;
  options.header_limit = 1024;
  Start(options);
  const auto response =
      Raw("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(4096, 'a') + "\r\n\r\n");
  EXPECT_EQ(response.result_int(), 431);
  EXPECT_EQ(Json(response).at("status"), 431);
}

TEST_F(ServerTest, MalformedRequestIs400Problem) {
  Start();
  const auto response = Raw("this is not http\r\n\r\n");
  EXPECT_EQ(response.result_int(), 400);
  EXPECT_EQ(Json(response).at("title"), "Bad Request");
  EXPECT_FALSE(response.keep_alive());
}

TEST_F(ServerTest, SecurityHeadersOnEveryResponse) {
  ServerOptions options;
  options.body_limit = 8;
  Start(options);
  for (const auto& response :
       {Get("/x"), Raw("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n")}) {
    EXPECT_EQ(response[bhttp::field::server], "salesdesk");
    EXPECT_EQ(response["X-Content-Type-Options"], "nosniff");
    EXPECT_EQ(response["Referrer-Policy"], "no-referrer");
    EXPECT_EQ(response["Content-Security-Policy"],
              "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
    EXPECT_EQ(response[bhttp::field::cache_control], "no-store");
    EXPECT_NE(response[bhttp::field::content_type].find("charset=utf-8"), std::string::npos);
  }
  EXPECT_EQ(Get("/x")[bhttp::field::content_type], "application/json; charset=utf-8");
  const auto own = Get("/own-headers");
  EXPECT_EQ(own["Content-Security-Policy"], "default-src 'none'");
  EXPECT_EQ(own[bhttp::field::cache_control], "max-age=60");
}

TEST_F(ServerTest, HeadSendsHeadersOnly) {
  Start();
  auto socket = Connect();
  beast::flat_buffer buffer;
  const auto get = Exchange(socket, buffer, bhttp::verb::get, "/same");
  const auto head = Exchange(socket, buffer, bhttp::verb::head, "/same");
  EXPECT_EQ(head.result_int(), 200);
  EXPECT_TRUE(head.body().empty());
  // What GET would send for HEAD /same (the echo names the method, so it is one byte longer).
  EXPECT_EQ(head[bhttp::field::content_length], std::to_string(get.body().size() + 1));
  // No stray body bytes: the next answer on the connection parses cleanly.
  EXPECT_EQ(Exchange(socket, buffer, bhttp::verb::get, "/next").result_int(), 200);
}

TEST_F(ServerTest, HandlerExceptionIs500ProblemWithoutDetails) {
  Start();
  const auto response = Get("/throw");
  EXPECT_EQ(response.result_int(), 500);
  EXPECT_EQ(response[bhttp::field::content_type], "application/problem+json; charset=utf-8");
  EXPECT_EQ(Json(response).at("status"), 500);
  EXPECT_EQ(response.body().find("secret"), std::string::npos);
}

TEST_F(ServerTest, PathIsPercentDecodedAndBadEncodingsAre400) {
  Start();
  const auto ok = Get("/a%20b/%C3%A9?q=%20x");
  EXPECT_EQ(Json(ok).at("path"), "/a b/\xC3\xA9");
  EXPECT_EQ(Json(ok).at("query"), "q=%20x");
  for (const char* bad : {"/a%zz", "/a%2", "/nul%00", "/bad-utf8%C3"}) {
    const auto response = Get(bad);
    EXPECT_EQ(response.result_int(), 400) << bad;
    EXPECT_EQ(Json(response).at("field"), "path") << bad;
  }
}

TEST_F(ServerTest, ExpectContinueIsHonoured) {
  Start();
  auto socket = Connect();
  const std::string head =
      "POST /e HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n";
  net::write(socket, net::buffer(head));
  beast::flat_buffer buffer;
  bhttp::response_parser<bhttp::empty_body> interim;
  bhttp::read_header(socket, buffer, interim);
  EXPECT_EQ(interim.get().result_int(), 100);
  net::write(socket, net::buffer(std::string("hello")));
  const auto response = Read(socket, buffer);
  EXPECT_EQ(Json(response).at("body"), "hello");
}

TEST_F(ServerTest, IdleKeepAliveConnectionIsClosed) {
  ServerOptions options;
  options.idle_timeout = std::chrono::seconds(1);
  Start(options);
  auto socket = Connect();
  beast::flat_buffer buffer;
  EXPECT_EQ(Exchange(socket, buffer, bhttp::verb::get, "/").result_int(), 200);
  EXPECT_TRUE(ClosedByServer(socket, buffer));  // returns after ~1 s
}

TEST_F(ServerTest, GracefulShutdownFinishesInFlightRequest) {
  Start();
  auto idle = Connect();  // an idle keep-alive connection must not hold up the shutdown
  beast::flat_buffer idle_buffer;
  ASSERT_EQ(Exchange(idle, idle_buffer, bhttp::verb::get, "/").result_int(), 200);

  HttpResponse slow;
  std::thread client([&] { slow = Get("/slow"); });
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  const auto started = std::chrono::steady_clock::now();
  server_->Shutdown();
  server_->Shutdown();  // idempotent
  client.join();
  run_thread_.join();
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(5));

  EXPECT_EQ(slow.result_int(), 200);
  EXPECT_FALSE(slow.keep_alive());
  EXPECT_TRUE(ClosedByServer(idle, idle_buffer));
  tcp::socket late(ioc_);
  beast::error_code ec;
  late.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), server_->port()), ec);
  EXPECT_EQ(ec, net::error::connection_refused);
}

TEST_F(ServerTest, ShutdownGraceBoundsAStalledRequest) {
  ServerOptions options;
  options.shutdown_grace = std::chrono::seconds(1);
  Start(options);
  auto stalled = Connect();
  net::write(stalled, net::buffer(std::string("GET /never-finished HTTP/1.1\r\nHost: x\r\n")));
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  const auto started = std::chrono::steady_clock::now();
  server_->Shutdown();
  run_thread_.join();
  const auto waited = std::chrono::steady_clock::now() - started;
  EXPECT_GE(waited, std::chrono::milliseconds(900));
  EXPECT_LT(waited, std::chrono::seconds(3));
}

TEST_F(ServerTest, ListenOnTakenPortIsUnavailable) {
  Start();
  ServerOptions options;
  options.port = server_->port();
  Server second(options, Echo);
  const auto result = second.Listen();
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, core::ErrorCode::kUnavailable);
  EXPECT_NE(result.error().message.find("already in use"), std::string::npos);

  options.host = "not an address";
  Server third(options, Echo);
  EXPECT_EQ(third.Listen().error().code, core::ErrorCode::kUnavailable);
}

}  // namespace
}  // namespace salesdesk::http
