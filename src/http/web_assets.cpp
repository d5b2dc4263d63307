#include "http/web_assets.h"

#include <string>

#include "http/problem_body.h"
#include "http/response_compression.h"

namespace salesdesk::http {
namespace {

const WebAsset* Find(std::string_view path) {
  for (const auto& a : EmbeddedWebAssets()) {
    if (a.path == path) return &a;
  }
  return nullptr;
}

// If-None-Match: "*" or a list of (possibly weak) ETags; weak comparison as RFC 9110 asks.
bool EtagMatches(std::string_view header, std::string_view etag) {
  while (!header.empty()) {
    size_t comma = header.find(',');
    std::string_view tag = header.substr(0, comma);
    while (!tag.empty() && tag.front() == ' ') tag.remove_prefix(1);
    while (!tag.empty() && tag.back() == ' ') tag.remove_suffix(1);
    if (tag == "*") return true;
    if (tag.substr(0, 2) == "W/") tag.remove_prefix(2);
    if (tag == etag) return true;
    if (comma == std::string_view::npos) break;
    header.remove_prefix(comma + 1);
  }
  return false;
}

bool HasExtension(std::string_view path) {
  std::string_view last = path.substr(path.rfind('/') + 1);
  return last.find('.') != std::string_view::npos;
}

Response WithPageHeaders(Response r) {
  r.headers.emplace_back("Content-Security-Policy", std::string(kWebContentSecurityPolicy));
  return r;
}

Response ServeAsset(const Request& request, const WebAsset& a) {
  const bool gzip = !a.gzip_body.empty() && AcceptsGzip(request.Header("accept-encoding"));
  // Each representation has its own strong validator.
  std::string etag(a.etag);
  if (gzip) etag.insert(etag.size() - 1, "-gz");
  Response r;
  r.content_type = std::string(a.content_type);
  r.headers.emplace_back("Cache-Control",
                         a.immutable ? "public, max-age=31536000, immutable" : "no-cache");
  r.headers.emplace_back("ETag", etag);
  if (!a.gzip_body.empty()) r.headers.emplace_back("Vary", "Accept-Encoding");
  if (EtagMatches(request.Header("if-none-match"), etag)) {
    r.status = 304;
    r.content_type.clear();
    return WithPageHeaders(std::move(r));
  }
  if (gzip) r.headers.emplace_back("Content-Encoding", "gzip");
  r.body = std::string(gzip ? a.gzip_body : a.body);
  return WithPageHeaders(std::move(r));
}

}  // namespace

std::optional<Response> ServeWebAsset(const Request& request) {
  if (request.method != "GET" && request.method != "HEAD") return std::nullopt;
  if (EmbeddedWebAssets().empty()) {
    Response r = MakeProblem(503, "Service Unavailable", core::Msg("http.web_app_not_built"), {},
                             "web-app-not-built");
    r.headers.emplace_back("Retry-After", "60");
    return WithPageHeaders(std::move(r));
  }
  std::string_view path = request.path;
  if (path.empty() || path.front() != '/' || path.find("..") != std::string_view::npos ||
      path.find('\0') != std::string_view::npos) {
    return WithPageHeaders(MakeProblem(404, "Not Found", core::Msg("http.no_such_page")));
  }
  path.remove_prefix(1);
  if (path.empty()) path = "index.html";
  if (const WebAsset* a = Find(path)) return ServeAsset(request, *a);
  if (!HasExtension(path) && path.substr(0, 7) != "assets/") {
    if (const WebAsset* index = Find("index.html")) return ServeAsset(request, *index);
  }
  return WithPageHeaders(MakeProblem(
      404, "Not Found", core::Msg("http.no_such_file", {{"path", std::string(request.path)}})));
}

}  // namespace salesdesk::http
