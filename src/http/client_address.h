// The address a request comes from, for sign-in throttling and logs. Behind a reverse proxy the
// TCP peer is the proxy; its forwarding header (e.g. X-Forwarded-For) is believed only when the
// peer is one of the configured trusted proxies, and then the right-most address in it that is
// not itself a trusted proxy is the client: what is left of it may be forged by the client.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "http/http_types.h"

namespace salesdesk::http {

struct TrustedProxies {
  std::string header;                 // lower-case header name; empty = trust no header
  std::vector<std::string> networks;  // "10.0.0.5", "10.0.0.0/8", "::1", "fd00::/8"

  bool Trusts(std::string_view address) const;
};

// `header` and a comma-separated list of addresses and CIDR networks; refuses malformed ones,
// and a header without proxies (or proxies without a header).
core::Result<TrustedProxies> ParseTrustedProxies(std::string_view header,
                                                 std::string_view networks);

// The TCP peer, unless it is a trusted proxy: then the right-most untrusted address of the
// header (every occurrence, in order), or the left-most one when all are trusted.
std::string ClientAddress(const Request& request, const TrustedProxies& proxies);

}  // namespace salesdesk::http
