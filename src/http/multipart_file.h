// The file part of a multipart/form-data body (RFC 7578), as a browser's upload form sends it:
// the first part with a filename, its bytes and the media type or file name it came with.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace salesdesk::http {

struct UploadedFile {
  std::string content_type;  // the part's Content-Type, lower case, empty if none
  std::string file_name;
  std::string bytes;
};

// `content_type` is the request's header (with its boundary). Nothing when no file part is found.
std::optional<UploadedFile> MultipartFile(std::string_view content_type, std::string_view body);

}  // namespace salesdesk::http
