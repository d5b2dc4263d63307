// Problem bodies and the Beast-free request/response helpers of the server.
#include "http/problem_body.h"
#include "http/percent_decoding.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "http/server_session.h"

namespace salesdesk::http {
namespace {

namespace json = boost::json;

TEST(ProblemBody, HasRfc9457MembersAndEscapesStrings) {
  const auto response =
      MakeProblem(422, "Unprocessable Content", "amount \"1,2\" is not a number", "lines/0/amount");
  EXPECT_EQ(response.status, 422);
  EXPECT_EQ(response.content_type, "application/problem+json; charset=utf-8");
  const auto body = json::parse(response.body).as_object();
  EXPECT_EQ(body.at("type"), "https://salesdesk.dev/problems/unprocessable-content");
  EXPECT_EQ(body.at("title"), "Unprocessable Content");
  EXPECT_EQ(body.at("status"), 422);
  EXPECT_EQ(body.at("detail"), "amount \"1,2\" is not a number");
  EXPECT_EQ(body.at("field"), "lines/0/amount");
  const auto& error = body.at("errors").as_array().at(0).as_object();
  EXPECT_EQ(error.at("field"), "lines/0/amount");
  EXPECT_EQ(error.at("detail"), "amount \"1,2\" is not a number");
}

TEST(ProblemBody, WithoutFieldHasNoErrorsAndHonoursTypeSuffix) {
  const auto body =
      json::parse(MakeProblem(409, "Conflict", "taken", {}, "duplicate-email").body).as_object();
  EXPECT_EQ(body.at("type"), "https://salesdesk.dev/problems/duplicate-email");
  EXPECT_FALSE(body.contains("field"));
  EXPECT_FALSE(body.contains("errors"));
}

TEST(ProblemBody, Slug) {
  EXPECT_EQ(ProblemSlug("Payload Too Large"), "payload-too-large");
  EXPECT_EQ(ProblemSlug("  Request Header Fields -- Too Large!  "),
            "request-header-fields-too-large");
  EXPECT_EQ(ProblemSlug(""), "");
}

std::optional<std::string> PercentDecodePath(std::string_view path) {
  return PercentDecode(path, /*plus_is_space=*/false);
}

TEST(ServerHelpers, PercentDecodePath) {
  EXPECT_EQ(PercentDecodePath("/a%2Fb%20c+d"), "/a/b c+d");
  EXPECT_EQ(PercentDecodePath("/plain"), "/plain");
  EXPECT_FALSE(PercentDecodePath("/a%"));
  EXPECT_FALSE(PercentDecodePath("/a%4"));
  EXPECT_FALSE(PercentDecodePath("/a%g0"));
  EXPECT_FALSE(PercentDecodePath("/a%00"));
  EXPECT_FALSE(PercentDecodePath("/a%0A"));
  EXPECT_EQ(PercentDecodePath("/%E2%82%AC%F0%9F%98%80"), "/\xE2\x82\xAC\xF0\x9F\x98\x80");
  EXPECT_FALSE(PercentDecodePath("/%C3"));           // truncated
  EXPECT_FALSE(PercentDecodePath("/%C0%AF"));        // overlong '/'
  EXPECT_FALSE(PercentDecodePath("/%ED%A0%80"));     // surrogate
  EXPECT_FALSE(PercentDecodePath("/%F4%90%80%80"));  // past U+10FFFF
  EXPECT_FALSE(PercentDecodePath("/%FF"));
}

TEST(ServerHelpers, ContentTypeWithCharset) {
  using internal::ContentTypeWithCharset;
  EXPECT_EQ(ContentTypeWithCharset("application/json"), "application/json; charset=utf-8");
  EXPECT_EQ(ContentTypeWithCharset("text/csv"), "text/csv; charset=utf-8");
  EXPECT_EQ(ContentTypeWithCharset("application/vnd.api+json"),
            "application/vnd.api+json; charset=utf-8");
  EXPECT_EQ(ContentTypeWithCharset("text/html; Charset=ISO-8859-1"),
            "text/html; Charset=ISO-8859-1");
  EXPECT_EQ(ContentTypeWithCharset("application/pdf"), "application/pdf");
  EXPECT_EQ(ContentTypeWithCharset("image/png"), "image/png");
}

TEST(ServerHelpers, ResponseHeadersDropInjectionAndManagedHeaders) {
  Response response;
  response.headers = {{"X-Ok", "1"},
                      {"X-Bad", "a\r\nSet-Cookie: evil"},
                      {"Content-Length", "99"},
                      {"Set-Cookie", "a=1"},
                      {"Set-Cookie", "b=2"}};
  const auto headers = internal::ResponseHeaders(response);
  int cookies = 0;
  for (const auto& [name, value] : headers) {
    EXPECT_NE(name, "X-Bad");
    EXPECT_NE(name, "Content-Length");
    cookies += name == "Set-Cookie";
  }
  EXPECT_EQ(cookies, 2);
  EXPECT_EQ(headers.front(), std::make_pair(std::string("Content-Type"),
                                            std::string("application/json; charset=utf-8")));
}

}  // namespace
}  // namespace salesdesk::http
