// Plain request/response values passed between the Beast server and the router, so that
// handlers and tests never see Beast types.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace salesdesk::http {

struct Request {
  std::string method;  // "GET", "POST", ...
  std::string path;    // decoded path without the query, e.g. "/api/v1/accounts/12"
  std::string query;   // raw query string without '?', e.g. "limit=20&sort=-name"
  std::vector<std::pair<std::string, std::string>> headers;  // names lower-cased
  std::string body;
  std::string remote_address;  // peer IP, for rate limiting and logs

  // First header with that (lower-case) name, or empty.
  std::string_view Header(std::string_view lower_name) const {
    for (const auto& [k, v] : headers) {
      if (k == lower_name) return v;
    }
    return {};
  }
};

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::vector<std::pair<std::string, std::string>> headers;  // extra headers
  std::string body;
  // A streamed answer (exports) instead of `body`: the server sends it chunked, calling this
  // until it says kDone; kFailed cuts the answer short (the connection is closed without the
  // final chunk, so the client sees an incomplete transfer, never a truncated file as whole).
  enum class Step { kMore, kDone, kFailed };
  std::function<Step(std::string& out)> stream;
};

}  // namespace salesdesk::http
