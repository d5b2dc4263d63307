#include "api/http_client.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <gtest/gtest.h>
#include <zlib.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <mutex>

namespace salesdesk::api_test {
namespace {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// A gzip-encoded body decoded (what the client would read); the body itself otherwise.
std::string Decoded(const HttpResult& r) {
  if (r.Header("content-encoding") != "gzip") return r.body;
  z_stream zs{};
  if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK) return r.body;
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(r.body.data()));
  zs.avail_in = static_cast<uInt>(r.body.size());
  std::string out;
  char chunk[16384];
  int rc = Z_OK;
  while (rc == Z_OK) {
    zs.next_out = reinterpret_cast<Bytef*>(chunk);
    zs.avail_out = sizeof chunk;
    rc = inflate(&zs, Z_NO_FLUSH);
    out.append(chunk, sizeof chunk - zs.avail_out);
  }
  inflateEnd(&zs);
  return rc == Z_STREAM_END ? out : r.body;
}

// With SALESDESK_API_ANSWERS set (ctest sets it for api_tests), every exchange is appended to
// that file as one JSON line, and web/scripts/check-api-answers.mjs validates each answer
// against the OpenAPI document (decision 0020). Non-JSON bodies (PDFs, pages) are not kept.
void RecordExchange(std::string_view method, std::string_view target, const HttpResult& r) {
  static const char* path = std::getenv("SALESDESK_API_ANSWERS");
  if (path == nullptr || *path == '\0' || r.status == 0) return;
  static std::mutex mutex;
  const std::string type = r.Header("content-type");
  const bool is_json = type.find("json") != std::string::npos;
  const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
  boost::json::object line{
      {"test", test ? std::string(test->test_suite_name()) + "." + test->name() : std::string()},
      {"method", method},
      {"target", target},
      {"status", r.status},
      {"content_type", type},
      {"body_bytes", r.body.size()}};
  if (is_json) line["body"] = Decoded(r);
  const std::string text = boost::json::serialize(line) + "\n";
  std::lock_guard lock(mutex);
  std::ofstream out(path, std::ios::app | std::ios::binary);
  out << text;
}

}  // namespace

std::string HttpResult::Header(std::string_view name) const {
  const std::string lower = Lower(name);
  for (const auto& [k, v] : headers) {
    if (k == lower) return v;
  }
  return {};
}

std::vector<std::string> HttpResult::HeaderValues(std::string_view name) const {
  const std::string lower = Lower(name);
  std::vector<std::string> out;
  for (const auto& [k, v] : headers) {
    if (k == lower) out.push_back(v);
  }
  return out;
}

boost::json::value HttpResult::Json() const {
  boost::system::error_code ec;
  boost::json::value v = boost::json::parse(body, ec);
  return ec ? boost::json::value() : v;
}

bool HttpResult::IsProblem() const {
  return Header("content-type").rfind("application/problem+json", 0) == 0;
}

std::string HttpResult::Describe() const {
  std::string out = std::to_string(status) + " " + body.substr(0, 400);
  if (!error.empty()) out += " [transport: " + error + "]";
  return out;
}

HttpResult HttpClient::Send(std::string_view method, std::string_view target, std::string_view body,
                            const Headers& headers) const {
  HttpResult result;
  try {
    net::io_context ioc;
    beast::tcp_stream stream(ioc);
    stream.expires_after(std::chrono::seconds(60));
    stream.connect(tcp::endpoint(net::ip::make_address(host_), port_));
    bhttp::request<bhttp::string_body> req;
    req.method_string(method);
    req.target(target);
    req.version(11);
    req.set(bhttp::field::host, host_ + ":" + std::to_string(port_));
    bool has_type = false;
    for (const auto& [k, v] : headers) {
      req.insert(k, v);
      has_type = has_type || Lower(k) == "content-type";
    }
    if (!body.empty() && !has_type) req.set(bhttp::field::content_type, "application/json");
    req.body() = std::string(body);
    req.prepare_payload();
    req.keep_alive(false);
    beast::error_code ec;
    bhttp::write(stream, req, ec);
    // A server refusing a large body answers early and may reset: still try to read.
    beast::flat_buffer buffer;
    bhttp::response_parser<bhttp::string_body> parser;
    parser.body_limit(64 * 1024 * 1024);
    parser.skip(method == "HEAD");
    beast::error_code read_ec;
    bhttp::read(stream, buffer, parser, read_ec);
    if (read_ec && !parser.is_header_done()) {
      result.error = (ec ? ec.message() + "; " : "") + read_ec.message();
      return result;
    }
    auto res = parser.release();
    result.status = static_cast<int>(res.result_int());
    for (const auto& f : res) {
      result.headers.emplace_back(Lower(f.name_string()), std::string(f.value()));
    }
    result.body = std::move(res.body());
  } catch (const std::exception& e) {
    result.error = e.what();
  }
  RecordExchange(method, target, result);
  return result;
}

std::string ToJson(const boost::json::value& v) { return boost::json::serialize(v); }

std::string StringAt(const boost::json::value& v, std::string_view key) {
  const auto* o = v.if_object();
  if (o == nullptr) return {};
  const auto* m = o->if_contains(key);
  return m != nullptr && m->is_string() ? std::string(m->get_string()) : std::string();
}

std::int64_t IntAt(const boost::json::value& v, std::string_view key) {
  const auto* o = v.if_object();
  if (o == nullptr) return -1;
  const auto* m = o->if_contains(key);
  return m != nullptr && m->is_int64() ? m->get_int64() : -1;
}

}  // namespace salesdesk::api_test
