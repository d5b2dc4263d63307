// A tiny synchronous HTTP/1.1 client for the API tests: one request per connection, so a test
// never depends on the server's keep-alive behaviour unless it asks for it.
#pragma once

#include <boost/json.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace salesdesk::api_test {

using Headers = std::vector<std::pair<std::string, std::string>>;

struct HttpResult {
  int status = 0;   // 0 when the exchange failed (see `error`)
  Headers headers;  // names lower-cased
  std::string body;
  std::string error;  // transport failure, if any

  // First header with that name (any case), or empty.
  std::string Header(std::string_view name) const;
  // Every value of a header (e.g. Set-Cookie).
  std::vector<std::string> HeaderValues(std::string_view name) const;
  // The body parsed as JSON; a null value (and `json_error`) when it does not parse.
  boost::json::value Json() const;
  bool IsProblem() const;  // content-type application/problem+json
  // "status body" for failure messages, the body cut to 400 characters.
  std::string Describe() const;
};

class HttpClient {
 public:
  HttpClient(std::string host, std::uint16_t port) : host_(std::move(host)), port_(port) {}

  // Sends one request on a fresh connection and reads the answer. Adds Host, and
  // Content-Type: application/json when there is a body and no Content-Type is given.
  HttpResult Send(std::string_view method, std::string_view target, std::string_view body = {},
                  const Headers& headers = {}) const;

  std::uint16_t port() const { return port_; }

 private:
  std::string host_;
  std::uint16_t port_;
};

// Serialises a JSON value.
std::string ToJson(const boost::json::value& v);
// `obj[key]` as a string, or "" when absent or not a string.
std::string StringAt(const boost::json::value& v, std::string_view key);
// `obj[key]` as an integer, or -1 when absent or not an integer.
std::int64_t IntAt(const boost::json::value& v, std::string_view key);

}  // namespace salesdesk::api_test
