// gzip for large JSON answers (lists, quote documents, reports): a rep on a phone network waits
// for bytes, and JSON with repeated keys shrinks five- to twentyfold. Static files have their own
// pre-compressed copies (web_assets.cpp).
#pragma once

#include <string>
#include <string_view>

#include "http/http_types.h"

namespace salesdesk::http {

// True when an Accept-Encoding header names gzip (or x-gzip) without q=0.
bool AcceptsGzip(std::string_view accept_encoding);

// Compresses `response` in place when the client accepts gzip and it is worth it: a JSON body
// (problem bodies included) of at least kMinCompressedBody bytes, not already encoded. An ETag
// is kept as it is: ours name the record's version, which clients send back in If-Match, and API
// answers are never stored by caches (Cache-Control: no-store), so the two codings of one
// version cannot be mixed up (decision 0011). Adds Vary: Accept-Encoding whenever the answer
// could have been compressed.
void CompressIfWorthIt(const Request& request, Response& response);

inline constexpr std::size_t kMinCompressedBody = 1400;  // about one TCP segment

// RFC 1952 gzip of `data` at the given zlib level (1 = fastest).
std::string Gzip(std::string_view data, int level);

}  // namespace salesdesk::http
