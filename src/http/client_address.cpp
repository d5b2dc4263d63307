#include "http/client_address.h"

#include <boost/asio/ip/address.hpp>
#include <boost/asio/ip/network_v4.hpp>
#include <boost/asio/ip/network_v6.hpp>

#include <optional>

namespace salesdesk::http {
namespace {

namespace ip = boost::asio::ip;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::optional<ip::address> ParseAddress(std::string_view text) {
  boost::system::error_code ec;
  auto address = ip::make_address(std::string(text), ec);
  if (ec) return std::nullopt;
  // An IPv4 peer of a dual-stack socket reads "::ffff:10.0.0.5"; compare it as IPv4.
  if (address.is_v6() && address.to_v6().is_v4_mapped()) {
    return ip::address(ip::make_address_v4(ip::v4_mapped, address.to_v6()));
  }
  return address;
}

// "10.0.0.5", "[2001:db8::1]", "10.0.0.5:4711", "[2001:db8::1]:4711" -> the address.
std::string_view WithoutPort(std::string_view entry) {
  if (!entry.empty() && entry.front() == '[') {
    const auto close = entry.find(']');
    return close == std::string_view::npos ? entry : entry.substr(1, close - 1);
  }
  const auto colon = entry.find(':');
  if (colon != std::string_view::npos && entry.find(':', colon + 1) == std::string_view::npos) {
    return entry.substr(0, colon);  // one colon: IPv4 with a port; IPv6 has several
  }
  return entry;
}

bool InNetwork(const ip::address& address, std::string_view network) {
  boost::system::error_code ec;
  const std::string text(network);
  if (network.find('/') == std::string_view::npos) {
    const auto single = ParseAddress(network);
    return single && *single == address;
  }
  if (address.is_v4()) {
    const auto net = ip::make_network_v4(text, ec);
    return !ec &&
           net.canonical() == ip::network_v4(address.to_v4(), net.prefix_length()).canonical();
  }
  const auto net = ip::make_network_v6(text, ec);
  return !ec && net.canonical() == ip::network_v6(address.to_v6(), net.prefix_length()).canonical();
}

}  // namespace

bool TrustedProxies::Trusts(std::string_view address_text) const {
  const auto address = ParseAddress(address_text);
  if (!address) return false;
  for (const auto& network : networks) {
    if (InNetwork(*address, network)) return true;
  }
  return false;
}

core::Result<TrustedProxies> ParseTrustedProxies(std::string_view header,
                                                 std::string_view networks) {
  TrustedProxies out;
  for (char c : header) {
    const bool token = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       c == '-' || c == '_';
    if (!token) {
      return core::Error::Invalid("trusted-proxy-header",
                                  "give a header name such as X-Forwarded-For");
    }
    out.header += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  while (!networks.empty()) {
    const auto comma = networks.find(',');
    const std::string_view item = Trim(networks.substr(0, comma));
    networks = comma == std::string_view::npos ? std::string_view() : networks.substr(comma + 1);
    if (item.empty()) continue;
    boost::system::error_code ec;
    const std::string text(item);
    if (item.find('/') == std::string_view::npos) {
      if (!ParseAddress(item)) ec = boost::asio::error::invalid_argument;
    } else if (item.find(':') == std::string_view::npos) {
      ip::make_network_v4(text, ec);
    } else {
      ip::make_network_v6(text, ec);
    }
    if (ec) {
      return core::Error::Invalid("trusted-proxies", "'" + text +
                                                         "' is neither an IP address nor a "
                                                         "network like 10.0.0.0/8");
    }
    out.networks.push_back(text);
  }
  if (out.header.empty() != out.networks.empty()) {
    return core::Error::Invalid("trusted-proxies",
                                "give both --trusted-proxy-header and --trusted-proxies, or "
                                "neither");
  }
  return out;
}

std::string ClientAddress(const Request& request, const TrustedProxies& proxies) {
  const auto peer = ParseAddress(request.remote_address);
  std::string client = peer ? peer->to_string() : request.remote_address;
  if (proxies.header.empty() || !proxies.Trusts(client)) return client;
  std::vector<std::string_view> hops;
  for (const auto& [name, value] : request.headers) {
    if (name != proxies.header) continue;
    std::string_view rest = value;
    while (!rest.empty()) {
      const auto comma = rest.find(',');
      hops.push_back(Trim(rest.substr(0, comma)));
      rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    }
  }
  for (auto hop = hops.rbegin(); hop != hops.rend(); ++hop) {
    const std::string_view entry = WithoutPort(*hop);
    const auto address = ParseAddress(entry);
    // Garbage can only be what the client itself sent (the proxies append real addresses).
    client = address ? address->to_string() : std::string(entry.substr(0, 64));
    if (!address || !proxies.Trusts(client)) return client;
  }
  return client;  // every hop is a trusted proxy: the left-most one
}

}  // namespace salesdesk::http
