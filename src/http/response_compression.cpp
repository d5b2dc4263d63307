#include "http/response_compression.h"

#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace salesdesk::http {
namespace {

bool HasHeader(const Response& r, std::string_view name) {
  for (const auto& [k, v] : r.headers) {
    if (k.size() == name.size() && std::equal(k.begin(), k.end(), name.begin(), [](char a, char b) {
          return std::tolower(a) == std::tolower(b);
        })) {
      return true;
    }
  }
  return false;
}

bool IsJson(std::string_view content_type) {
  return content_type.rfind("application/json", 0) == 0 ||
         content_type.rfind("application/problem+json", 0) == 0;
}

}  // namespace

bool AcceptsGzip(std::string_view header) {
  while (!header.empty()) {
    size_t comma = header.find(',');
    std::string_view part = header.substr(0, comma);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    std::string_view name = part.substr(0, part.find(';'));
    while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
    if (name == "gzip" || name == "x-gzip") {
      std::string_view params = part.substr(name.size());
      return params.find("q=0") == std::string_view::npos ||
             params.find("q=0.") != std::string_view::npos;
    }
    if (comma == std::string_view::npos) break;
    header.remove_prefix(comma + 1);
  }
  return false;
}

std::string Gzip(std::string_view data, int level) {
  z_stream z{};
  // windowBits 15 + 16: a gzip header and trailer instead of zlib's.
  if (deflateInit2(&z, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    throw std::runtime_error("deflateInit2 failed");
  }
  std::string out(deflateBound(&z, static_cast<uLong>(data.size())), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  const int rc = deflate(&z, Z_FINISH);  // deflateBound guarantees one call is enough
  out.resize(z.total_out);
  deflateEnd(&z);
  if (rc != Z_STREAM_END) throw std::runtime_error("deflate did not finish");
  return out;
}

void CompressIfWorthIt(const Request& request, Response& response) {
  if (!IsJson(response.content_type) || response.body.size() < kMinCompressedBody ||
      HasHeader(response, "Content-Encoding")) {
    return;
  }
  response.headers.emplace_back("Vary", "Accept-Encoding");
  if (!AcceptsGzip(request.Header("accept-encoding"))) return;
  response.body = Gzip(response.body, 1);
  response.headers.emplace_back("Content-Encoding", "gzip");
}

}  // namespace salesdesk::http
