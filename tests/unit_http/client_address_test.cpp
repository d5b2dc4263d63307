// Which address a request comes from, behind trusted reverse proxies or not.
#include "http/client_address.h"

#include <gtest/gtest.h>

namespace salesdesk::http {
namespace {

Request From(std::string peer, std::vector<std::string> forwarded = {}) {
  Request r;
  r.remote_address = std::move(peer);
  for (auto& value : forwarded) r.headers.emplace_back("x-forwarded-for", std::move(value));
  return r;
}

TrustedProxies Proxies(std::string_view networks) {
  auto parsed = ParseTrustedProxies("X-Forwarded-For", networks);
  EXPECT_TRUE(parsed.ok()) << parsed.error().message;
  return parsed.ok() ? *parsed : TrustedProxies{};
}

TEST(ClientAddressTest, WithoutTrustedProxiesTheHeaderIsIgnored) {
  EXPECT_EQ(ClientAddress(From("203.0.113.9", {"198.51.100.1"}), {}), "203.0.113.9");
}

TEST(ClientAddressTest, AnUntrustedPeerCannotNameAnotherClient) {
  EXPECT_EQ(ClientAddress(From("203.0.113.9", {"198.51.100.1"}), Proxies("10.0.0.1")),
            "203.0.113.9");
}

TEST(ClientAddressTest, RightMostUntrustedAddressOfATrustedProxysHeader) {
  const TrustedProxies proxies = Proxies("10.0.0.1, 10.1.0.0/16");
  // The client forged "1.1.1.1"; the outer proxy appended what it saw, the inner proxy too.
  EXPECT_EQ(ClientAddress(From("10.0.0.1", {"1.1.1.1, 203.0.113.9, 10.1.2.3"}), proxies),
            "203.0.113.9");
  // Several header lines count in order.
  EXPECT_EQ(ClientAddress(From("10.0.0.1", {"1.1.1.1", "203.0.113.9"}), proxies), "203.0.113.9");
  // Ports and brackets are not part of the address; IPv4-mapped peers are IPv4.
  EXPECT_EQ(ClientAddress(From("::ffff:10.0.0.1", {"203.0.113.9:5100"}), proxies), "203.0.113.9");
  EXPECT_EQ(ClientAddress(From("10.0.0.1", {"[2001:db8::7]:443"}), proxies), "2001:db8::7");
  // Only trusted hops: the left-most; no header: the proxy itself.
  EXPECT_EQ(ClientAddress(From("10.0.0.1", {"10.1.0.5, 10.1.0.6"}), proxies), "10.1.0.5");
  EXPECT_EQ(ClientAddress(From("10.0.0.1"), proxies), "10.0.0.1");
}

TEST(ClientAddressTest, MalformedConfigurationIsRefused) {
  EXPECT_FALSE(ParseTrustedProxies("X-Forwarded-For", "10.0.0.300").ok());
  EXPECT_FALSE(ParseTrustedProxies("X-Forwarded-For", "10.0.0.0/40").ok());
  EXPECT_FALSE(ParseTrustedProxies("X-Forwarded-For", "").ok());
  EXPECT_FALSE(ParseTrustedProxies("", "10.0.0.1").ok());
  EXPECT_FALSE(ParseTrustedProxies("X Forwarded", "10.0.0.1").ok());
  EXPECT_TRUE(ParseTrustedProxies("", "").ok());
  EXPECT_TRUE(ParseTrustedProxies("X-Real-IP", "::1, fd00::/8").ok());
}

}  // namespace
}  // namespace salesdesk::http
