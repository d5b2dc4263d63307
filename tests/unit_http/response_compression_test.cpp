// gzip of large JSON answers: what is compressed, what is left alone, and that the bytes
// inflate back to the original.
#include "http/response_compression.h"

#include <gtest/gtest.h>

#include <string>

#include "support/gunzip.h"

namespace salesdesk::http {
namespace {

std::string ListBody(int items) {
  std::string body = R"({"items":[)";
  for (int i = 0; i < items; ++i) {
    if (i > 0) body += ',';
    body += R"({"id":)" + std::to_string(i) + R"(,"name":"Hospital Clínic )" + std::to_string(i) +
            R"(","country":"ES","currency":"EUR"})";
  }
  return body + "]}";
}

Request Asking(std::string accept_encoding) {
  Request r{.method = "GET", .path = "/api/v1/accounts"};
  if (!accept_encoding.empty()) r.headers.emplace_back("accept-encoding", accept_encoding);
  return r;
}

std::string HeaderOf(const Response& r, std::string_view name) {
  for (const auto& [k, v] : r.headers) {
    if (k == name) return v;
  }
  return {};
}

TEST(ResponseCompression, ALargeJsonAnswerIsGzippedAndInflatesBackExactly) {
  Response r{.body = ListBody(200)};
  const std::string original = r.body;
  CompressIfWorthIt(Asking("gzip, deflate, br"), r);
  EXPECT_EQ(HeaderOf(r, "Content-Encoding"), "gzip");
  EXPECT_EQ(HeaderOf(r, "Vary"), "Accept-Encoding");
  EXPECT_LT(r.body.size() * 5, original.size()) << "repeated keys shrink at least fivefold";
  EXPECT_EQ(testing_support::Gunzip(r.body), original);
}

TEST(ResponseCompression, TheVersionETagIsKeptOnTheCompressedForm) {
  Response r{.body = ListBody(200)};
  r.headers.emplace_back("ETag", "\"7\"");
  CompressIfWorthIt(Asking("gzip"), r);
  EXPECT_EQ(HeaderOf(r, "Content-Encoding"), "gzip");
  EXPECT_EQ(HeaderOf(r, "ETag"), "\"7\"") << "If-Match sends the version back whatever the coding";
}

TEST(ResponseCompression, ProblemBodiesCountAsJson) {
  Response r{.status = 422,
             .content_type = "application/problem+json; charset=utf-8",
             .body = ListBody(100)};
  CompressIfWorthIt(Asking("gzip"), r);
  EXPECT_EQ(HeaderOf(r, "Content-Encoding"), "gzip");
}

TEST(ResponseCompression, WhatIsNotWorthItOrNotAskedForIsLeftAlone) {
  struct Case {
    const char* name;
    Response response;
    std::string accept;
    bool varies;
  };
  Response pdf{.content_type = "application/pdf", .body = std::string(10000, 'x')};
  Response small{.body = ListBody(3)};
  Response encoded{.body = ListBody(200)};
  encoded.headers.emplace_back("Content-Encoding", "identity");
  const Case cases[] = {
      {"no Accept-Encoding", Response{.body = ListBody(200)}, "", true},
      {"gzip refused with q=0", Response{.body = ListBody(200)}, "gzip;q=0, br", true},
      {"only other encodings", Response{.body = ListBody(200)}, "br, deflate", true},
      {"a PDF", pdf, "gzip", false},
      {"under one segment", small, "gzip", false},
      {"already encoded", encoded, "gzip", false},
  };
  for (const auto& c : cases) {
    Response r = c.response;
    CompressIfWorthIt(Asking(c.accept), r);
    EXPECT_EQ(r.body, c.response.body) << c.name;
    EXPECT_EQ(HeaderOf(r, "Content-Encoding"),
              c.name == std::string("already encoded") ? "identity" : "")
        << c.name;
    EXPECT_EQ(HeaderOf(r, "Vary"), c.varies ? "Accept-Encoding" : "") << c.name;
  }
}

TEST(ResponseCompression, AcceptEncodingIsReadAsATokenList) {
  EXPECT_TRUE(AcceptsGzip("gzip"));
  EXPECT_TRUE(AcceptsGzip("deflate, gzip;q=0.5"));
  EXPECT_TRUE(AcceptsGzip("x-gzip"));
  EXPECT_FALSE(AcceptsGzip("gzip;q=0"));
  EXPECT_FALSE(AcceptsGzip("gzipped"));
  EXPECT_FALSE(AcceptsGzip(""));
}

}  // namespace
}  // namespace salesdesk::http
