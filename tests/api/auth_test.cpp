// Sign-in, sessions, CSRF, bearer tokens, rate limiting and revocation (G8, G9).
#include "api/api_test_server.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

struct BrowserSession {
  std::string cookie;  // "sd_session=..."
  std::string csrf;
};

class AuthTest : public ApiTest {
 protected:
  HttpResult Login(const std::string& key, const std::string& password = kPassword) {
    return client().Send("POST", "/api/v1/auth/login",
                         ToJson(json::object{{"email", Email(key)}, {"password", password}}));
  }
  BrowserSession SignIn(const std::string& key) {
    HttpResult r = Login(key);
    EXPECT_EQ(r.status, 200) << r.Describe();
    std::string set = r.Header("set-cookie");
    return {set.substr(0, set.find(';')), StringAt(r.Json(), "csrf_token")};
  }
  HttpResult WithCookie(const BrowserSession& s, std::string_view method, std::string_view target,
                        std::string_view body = {}, Headers extra = {}) {
    extra.emplace_back("Cookie", s.cookie);
    return client().Send(method, target, body, extra);
  }
  static std::string NewAccount(const std::string& name) {
    return ToJson(
        json::object{{"kind", "company"}, {"name", name}, {"country", "DE"}, {"currency", "EUR"}});
  }
};

TEST_P(AuthTest, LoginSetsHttpOnlyStrictCookieAndCsrfToken) {
  SetPassword("rep_a");
  HttpResult r = Login("rep_a");
  ASSERT_EQ(r.status, 200) << r.Describe();
  const std::string cookie = r.Header("set-cookie");
  EXPECT_EQ(cookie.rfind("sd_session=", 0), 0u) << cookie;
  EXPECT_GT(cookie.find(';'), std::string("sd_session=").size()) << "empty session value";
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos) << cookie;
  EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos) << cookie;
  EXPECT_GE(StringAt(r.Json(), "csrf_token").size(), 32u) << r.body;
  EXPECT_EQ(StringAt(r.Json().at("user"), "email"), "rep_a@example.com");
  EXPECT_EQ(StringAt(r.Json().at("user"), "role"), "rep");
  // The token itself never appears in the body.
  EXPECT_EQ(r.body.find(cookie.substr(11, cookie.find(';') - 11)), std::string::npos);
}

TEST_P(AuthTest, WrongPasswordIs401ProblemAndUnknownEmailLooksTheSame) {
  SetPassword("rep_a");
  HttpResult wrong = Login("rep_a", "not-the-password");
  EXPECT_EQ(wrong.status, 401) << wrong.Describe();
  EXPECT_TRUE(wrong.IsProblem());
  EXPECT_EQ(wrong.Header("set-cookie"), "");
  HttpResult unknown = Login("nobody", "not-the-password");
  EXPECT_EQ(unknown.status, 401) << unknown.Describe();
  EXPECT_EQ(StringAt(unknown.Json(), "detail"), StringAt(wrong.Json(), "detail"));
}

TEST_P(AuthTest, SixthFailureForOneEmailIs429WithRetryAfterUntilTheBlockEnds) {
  SetPassword("rep_b");
  for (int i = 1; i <= 5; ++i) {
    HttpResult r = Login("rep_b", "wrong-password-" + std::to_string(i));
    EXPECT_EQ(r.status, 401) << "attempt " << i << ": " << r.Describe();
  }
  HttpResult sixth = Login("rep_b", "wrong-password-6");
  ASSERT_EQ(sixth.status, 429) << sixth.Describe();
  EXPECT_TRUE(sixth.IsProblem());
  const std::string retry = sixth.Header("retry-after");
  ASSERT_FALSE(retry.empty());
  EXPECT_GT(std::stoll(retry), 0);
  EXPECT_LE(std::stoll(retry), 15 * 60);
  // Even the right password is refused while blocked; another e-mail is not affected.
  EXPECT_EQ(Login("rep_b").status, 429);
  SetPassword("rep_a");
  EXPECT_EQ(Login("rep_a").status, 200);
  ASSERT_TRUE(clock().Advance((std::stoll(retry) + 1) * 1'000'000).ok());
  EXPECT_EQ(Login("rep_b").status, 200);
}

TEST_P(AuthTest, CookieSessionReadsAndNeedsCsrfTokenToChangeAnything) {
  SetPassword("rep_a");
  BrowserSession s = SignIn("rep_a");
  HttpResult me = WithCookie(s, "GET", "/api/v1/auth/me");
  ASSERT_EQ(me.status, 200) << me.Describe();
  EXPECT_EQ(IntAt(me.Json(), "id"), UserId("rep_a"));
  EXPECT_EQ(StringAt(me.Json(), "csrf_token"), s.csrf);

  HttpResult no_token = WithCookie(s, "POST", "/api/v1/accounts", NewAccount("No CSRF"));
  EXPECT_EQ(no_token.status, 403) << no_token.Describe();
  EXPECT_EQ(StringAt(no_token.Json(), "field"), "X-CSRF-Token");
  HttpResult wrong = WithCookie(s, "POST", "/api/v1/accounts", NewAccount("Wrong CSRF"),
                                {{"X-CSRF-Token", std::string(s.csrf.size(), 'A')}});
  EXPECT_EQ(wrong.status, 403) << wrong.Describe();
  // Nothing was created by the refused requests.
  HttpResult list = Call("rep_a", "GET", "/api/v1/accounts?q=CSRF");
  EXPECT_EQ(IntAt(list.Json(), "total"), 0) << list.body;

  HttpResult ok = WithCookie(s, "POST", "/api/v1/accounts", NewAccount("With CSRF"),
                             {{"X-CSRF-Token", s.csrf}});
  EXPECT_EQ(ok.status, 201) << ok.Describe();
}

TEST_P(AuthTest, SessionTokenSentAsBearerStillNeedsCsrf) {
  SetPassword("rep_a");
  BrowserSession s = SignIn("rep_a");
  const std::string token = s.cookie.substr(std::string("sd_session=").size());
  HttpResult r = client().Send("POST", "/api/v1/accounts", NewAccount("Bearer session"),
                               {{"Authorization", "Bearer " + token}});
  EXPECT_EQ(r.status, 403) << r.Describe();
}

TEST_P(AuthTest, CrossSiteStateChangesAreRefused) {
  SetPassword("rep_a");
  BrowserSession s = SignIn("rep_a");
  const Headers csrf{{"X-CSRF-Token", s.csrf}};
  struct Case {
    const char* name;
    Headers headers;
    int status;
  };
  const std::string self = "http://127.0.0.1:" + std::to_string(client().port());
  const Case cases[] = {
      {"foreign Origin", {{"Origin", "https://evil.example"}}, 403},
      {"null Origin", {{"Origin", "null"}}, 403},
      {"Sec-Fetch-Site cross-site", {{"Sec-Fetch-Site", "cross-site"}}, 403},
      {"Sec-Fetch-Site same-site", {{"Sec-Fetch-Site", "same-site"}}, 403},
      {"own Origin", {{"Origin", self}}, 201},
      {"Sec-Fetch-Site same-origin", {{"Sec-Fetch-Site", "same-origin"}}, 201},
  };
  for (const auto& c : cases) {
    Headers h = csrf;
    h.insert(h.end(), c.headers.begin(), c.headers.end());
    HttpResult r = WithCookie(s, "POST", "/api/v1/accounts", NewAccount(c.name), h);
    EXPECT_EQ(r.status, c.status) << c.name << ": " << r.Describe();
  }
  // Sign-in itself is a state change: a cross-site login is refused too.
  HttpResult login =
      client().Send("POST", "/api/v1/auth/login",
                    ToJson(json::object{{"email", Email("rep_a")}, {"password", kPassword}}),
                    {{"Origin", "https://evil.example"}});
  EXPECT_EQ(login.status, 403) << login.Describe();
}

TEST_P(AuthTest, GetCannotSignInOrOut) {
  for (const char* path : {"/api/v1/auth/login", "/api/v1/auth/logout"}) {
    HttpResult r = Call("rep_a", "GET", path);
    EXPECT_EQ(r.status, 405) << path << ": " << r.Describe();
    EXPECT_EQ(r.Header("allow"), "POST") << path;
  }
  EXPECT_EQ(Call("rep_a", "GET", "/api/v1/auth/me").status, 200) << "GET logout ended the token";
}

TEST_P(AuthTest, LogoutEndsTheCookieSession) {
  SetPassword("manager");
  BrowserSession s = SignIn("manager");
  ASSERT_EQ(WithCookie(s, "GET", "/api/v1/auth/me").status, 200);
  HttpResult out = WithCookie(s, "POST", "/api/v1/auth/logout", {}, {{"X-CSRF-Token", s.csrf}});
  ASSERT_EQ(out.status, 204) << out.Describe();
  EXPECT_NE(out.Header("set-cookie").find("Max-Age=0"), std::string::npos)
      << out.Header("set-cookie");
  HttpResult after = WithCookie(s, "GET", "/api/v1/auth/me");
  EXPECT_EQ(after.status, 401) << after.Describe();
  EXPECT_TRUE(after.IsProblem());
}

// Logout must end the session it was authenticated with, also when another cookie's name
// ends in "sd_session" (the logout handler searched the header for "sd_session=").
TEST_P(AuthTest, LogoutEndsTheSessionWhateverOtherCookiesAreSent) {
  SetPassword("manager");
  BrowserSession s = SignIn("manager");
  const BrowserSession mixed{"xsd_session=unrelated; " + s.cookie, s.csrf};
  ASSERT_EQ(WithCookie(mixed, "GET", "/api/v1/auth/me").status, 200);
  HttpResult out = WithCookie(mixed, "POST", "/api/v1/auth/logout", {}, {{"X-CSRF-Token", s.csrf}});
  ASSERT_EQ(out.status, 204) << out.Describe();
  EXPECT_EQ(WithCookie(s, "GET", "/api/v1/auth/me").status, 401)
      << "logout answered 204 but the session still works";
}

// G8: a token used after the user was disabled is refused, also once the user is enabled
// again (a token taken before the disable must not come back to life).
TEST_P(AuthTest, DisablingAUserEndsTheirTokensForGood) {
  const std::string path = "/api/v1/users/" + std::to_string(UserId("rep_c"));
  HttpResult off = Call("admin", "PATCH", path, R"({"active":false})", {{"If-Match", "\"2\""}});
  ASSERT_EQ(off.status, 200) << off.Describe();
  EXPECT_EQ(Call("rep_c", "GET", "/api/v1/auth/me").status, 401);
  HttpResult on = Call("admin", "PATCH", path, R"({"active":true})", {{"If-Match", "\"3\""}});
  ASSERT_EQ(on.status, 200) << on.Describe();
  EXPECT_EQ(Call("rep_c", "GET", "/api/v1/auth/me").status, 401)
      << "the token from before the disable works again after re-enabling";
}

TEST_P(AuthTest, BearerTokenWorksWithoutCsrfAndLogoutRevokesIt) {
  HttpResult me = Call("finance", "GET", "/api/v1/auth/me");
  ASSERT_EQ(me.status, 200) << me.Describe();
  EXPECT_EQ(StringAt(me.Json(), "role"), "finance");
  EXPECT_EQ(StringAt(me.Json(), "email"), "finance@example.com");
  EXPECT_FALSE(me.Json().as_object().contains("csrf_token")) << me.body;
  EXPECT_EQ(Call("rep_c", "POST", "/api/v1/accounts", NewAccount("Scripted")).status, 201);
  EXPECT_EQ(Call("rep_c", "POST", "/api/v1/auth/logout").status, 204);
  EXPECT_EQ(Call("rep_c", "GET", "/api/v1/auth/me").status, 401);
}

TEST_P(AuthTest, BadCredentialsAre401) {
  const Headers cases[] = {{},
                           {{"Authorization", "Bearer "}},
                           {{"Authorization", "Bearer not-a-token"}},
                           {{"Authorization", "Bearer " + std::string(300, 'x')}},
                           {{"Authorization", "Basic cmVwOnB3"}},
                           {{"Cookie", "sd_session=forged"}}};
  for (const auto& h : cases) {
    HttpResult r = client().Send("GET", "/api/v1/accounts", {}, h);
    EXPECT_EQ(r.status, 401) << (h.empty() ? "none" : h[0].second) << ": " << r.Describe();
    EXPECT_TRUE(r.IsProblem());
  }
}

TEST_P(AuthTest, PasswordChangeRevokesOldTokens) {
  const std::string path = "/api/v1/users/" + std::to_string(UserId("rep_a")) + "/password";
  HttpResult own = Call("rep_a", "PUT", path, R"({"password":"a-new-password-1"})");
  ASSERT_EQ(own.status, 204) << own.Describe();
  EXPECT_EQ(Call("rep_a", "GET", "/api/v1/auth/me").status, 401);
  // A rep may not set someone else's password; an admin may, and that ends their tokens.
  const std::string other = "/api/v1/users/" + std::to_string(UserId("rep_b")) + "/password";
  EXPECT_EQ(Call("rep_c", "PUT", other, R"({"password":"a-new-password-2"})").status, 403);
  EXPECT_EQ(Call("rep_b", "GET", "/api/v1/auth/me").status, 200);
  EXPECT_EQ(Call("admin", "PUT", other, R"({"password":"a-new-password-2"})").status, 204);
  EXPECT_EQ(Call("rep_b", "GET", "/api/v1/auth/me").status, 401);
  HttpResult relogin = client().Send(
      "POST", "/api/v1/auth/login",
      ToJson(json::object{{"email", Email("rep_b")}, {"password", "a-new-password-2"}}));
  EXPECT_EQ(relogin.status, 200) << relogin.Describe();
  HttpResult short_pw = Call("admin", "PUT", other, R"({"password":"short"})");
  EXPECT_EQ(short_pw.status, 422) << short_pw.Describe();
  EXPECT_EQ(StringAt(short_pw.Json(), "field"), "password");
}

TEST_P(AuthTest, DisabledUserIsRefused) {
  SetPassword("rep_b");
  const std::string path = "/api/v1/users/" + std::to_string(UserId("rep_b"));
  HttpResult user = Call("admin", "GET", path);
  ASSERT_EQ(user.status, 200) << user.Describe();
  HttpResult off =
      Call("admin", "PATCH", path, R"({"active":false})", {{"If-Match", user.Header("etag")}});
  ASSERT_EQ(off.status, 200) << off.Describe();
  EXPECT_EQ(Call("rep_b", "GET", "/api/v1/auth/me").status, 401);
  HttpResult login =
      client().Send("POST", "/api/v1/auth/login",
                    ToJson(json::object{{"email", Email("rep_b")}, {"password", kPassword}}));
  EXPECT_EQ(login.status, 401) << login.Describe();
}

TEST_P(AuthTest, SessionExpiresAfterItsLifetime) {
  SetPassword("rep_a");
  BrowserSession s = SignIn("rep_a");
  ASSERT_TRUE(clock().Advance(11LL * 3600 * 1'000'000).ok());
  EXPECT_EQ(WithCookie(s, "GET", "/api/v1/auth/me").status, 200);
  ASSERT_TRUE(clock().Advance(3600LL * 1'000'000 + 1).ok());
  EXPECT_EQ(WithCookie(s, "GET", "/api/v1/auth/me").status, 401);
}

TEST_P(AuthTest, CreatedApiTokenWorks) {
  HttpResult r = Call("rep_c", "POST", "/api/v1/auth/tokens", R"({"label":"script","ttl_days":2})");
  ASSERT_EQ(r.status, 201) << r.Describe();
  const std::string token = StringAt(r.Json(), "token");
  ASSERT_FALSE(token.empty());
  HttpResult me =
      client().Send("GET", "/api/v1/auth/me", {}, {{"Authorization", "Bearer " + token}});
  EXPECT_EQ(IntAt(me.Json(), "id"), UserId("rep_c")) << me.Describe();
  ASSERT_TRUE(clock().Advance(2LL * 86'400 * 1'000'000 + 1).ok());
  me = client().Send("GET", "/api/v1/auth/me", {}, {{"Authorization", "Bearer " + token}});
  EXPECT_EQ(me.status, 401) << "token outlived ttl_days";
  HttpResult bad = Call("rep_c", "POST", "/api/v1/auth/tokens", R"({"label":"x","ttl_days":0})");
  EXPECT_EQ(bad.status, 422) << bad.Describe();
}

SD_INSTANTIATE_API_TEST(AuthTest);

}  // namespace
}  // namespace salesdesk::api_test
