#include "http/multipart_file.h"

#include <algorithm>
#include <cctype>

namespace salesdesk::http {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// The value of `name=` in a header's parameters, quotes removed.
std::string Param(std::string_view header, std::string_view name) {
  const std::string lower = Lower(header);
  std::size_t at = 0;
  while ((at = lower.find(name, at)) != std::string::npos) {
    const bool starts = at == 0 || lower[at - 1] == ';' || lower[at - 1] == ' ';
    at += name.size();
    if (!starts || at >= header.size() || header[at] != '=') continue;
    ++at;
    if (at < header.size() && header[at] == '"') {
      const auto end = header.find('"', at + 1);
      return std::string(header.substr(at + 1, end == std::string_view::npos ? end : end - at - 1));
    }
    const auto end = header.find(';', at);
    std::string_view v = header.substr(at, end == std::string_view::npos ? end : end - at);
    while (!v.empty() && v.back() == ' ') v.remove_suffix(1);
    return std::string(v);
  }
  return {};
}

}  // namespace

std::optional<UploadedFile> MultipartFile(std::string_view content_type, std::string_view body) {
  const std::string boundary = Param(content_type, "boundary");
  if (boundary.empty()) return std::nullopt;
  const std::string delimiter = "--" + boundary;
  std::size_t at = body.find(delimiter);
  while (at != std::string_view::npos) {
    at += delimiter.size();
    if (body.substr(at, 2) == "--") return std::nullopt;  // the closing delimiter
    const auto headers_end = body.find("\r\n\r\n", at);
    if (headers_end == std::string_view::npos) return std::nullopt;
    const std::string_view headers = body.substr(at, headers_end - at);
    const std::size_t content = headers_end + 4;
    const auto next = body.find("\r\n" + delimiter, content);
    if (next == std::string_view::npos) return std::nullopt;
    UploadedFile file;
    bool has_file = false;
    std::size_t line = 0;
    while (line < headers.size()) {
      auto end = headers.find("\r\n", line);
      if (end == std::string_view::npos) end = headers.size();
      const std::string_view h = headers.substr(line, end - line);
      const std::string lower = Lower(h);
      if (lower.rfind("content-disposition:", 0) == 0 &&
          lower.find("filename=") != std::string::npos) {
        has_file = true;
        file.file_name = Param(h.substr(20), "filename");
      } else if (lower.rfind("content-type:", 0) == 0) {
        std::string v = lower.substr(13);
        v.erase(0, v.find_first_not_of(' '));
        file.content_type = v.substr(0, v.find(';'));
      }
      line = end + 2;
    }
    if (has_file) {
      file.bytes = std::string(body.substr(content, next - content));
      return file;
    }
    at = next + 2;
  }
  return std::nullopt;
}

}  // namespace salesdesk::http
