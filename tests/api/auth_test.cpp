// Sign-in, sessions, CSRF, bearer tokens, rate limiting and revocation (G8, G9).
#include "api/api_test_server.h"

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

struct BrowserSession {
  std::string cookie;  // "sd_session=..."
  std::string csrf;
};

class AuthTest : public ApiTest {
 protected:
  HttpResult Login(const std::string& key, const std::string& password = kPassword,
                   const Headers& headers = {}) {
    return client().Send("POST", "/api/v1/auth/login",
                         ToJson(json::object{{"email", Email(key)}, {"password", password}}),
                         headers);
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

// argon2id runs on a small bounded pool, not on the io threads: during a storm of wrong
// sign-ins /healthz is answered before the storm is over, and what does not fit the pool's queue
// is refused at once with 503, Retry-After and a problem body.
TEST_P(AuthTest, SignInStormLeavesHealthzAnsweringAndOverflowIs503) {
  constexpr int kStorm = 40;
  std::vector<HttpResult> results(kStorm);
  std::atomic<int> answered{0};
  std::vector<std::thread> clients;
  for (int i = 0; i < kStorm; ++i) {
    clients.emplace_back([&, i] {
      results[i] =
          client().Send("POST", "/api/v1/auth/login",
                        ToJson(json::object{{"email", "storm" + std::to_string(i) + "@example.com"},
                                            {"password", "wrong-password-" + std::to_string(i)}}),
                        {{"X-Forwarded-For", "192.0.2." + std::to_string(i + 1)}});
      ++answered;
    });
  }
  while (answered == 0) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  HttpResult health = client().Send("GET", "/healthz");
  const int answered_before_health = answered;
  for (auto& c : clients) c.join();
  EXPECT_EQ(health.status, 200) << health.Describe();
  EXPECT_LT(answered_before_health, kStorm) << "/healthz waited for the whole sign-in storm";
  int wrong = 0, busy = 0;
  for (const auto& r : results) {
    if (r.status == 401) ++wrong;
    if (r.status != 503) continue;
    ++busy;
    EXPECT_EQ(r.Header("retry-after"), "1");
    EXPECT_TRUE(r.IsProblem()) << r.Describe();
    EXPECT_EQ(IntAt(r.Json(), "status"), 503) << r.Describe();
  }
  EXPECT_GE(busy, 1) << "a full queue must be refused, not waited on";
  EXPECT_GE(wrong, 2);
  EXPECT_EQ(wrong + busy, kStorm);
}

// The per-e-mail hard lock let anyone lock the director out. Now failures are counted per
// e-mail and address, per address and per e-mail: attackers elsewhere slow only themselves,
// and the director's correct password from their own address still signs in.
TEST_P(AuthTest, AttackersElsewhereCannotLockTheDirectorOut) {
  SetPassword("director");
  const auto from = [](const std::string& address) {
    return Headers{{"X-Forwarded-For", address}};  // the test server trusts 127.0.0.1's header
  };
  int failures = 0;
  for (const char* attacker : {"203.0.113.1", "203.0.113.2", "203.0.113.3"}) {
    for (int i = 0; i < 8; ++i) {
      HttpResult r = Login("director", "guess-" + std::to_string(i), from(attacker));
      ASSERT_TRUE(r.status == 401 || r.status == 429) << r.Describe();
      failures += r.status == 401;
    }
    // Each attacking address waits after its own failures, even with the right password.
    HttpResult right = Login("director", kPassword, from(attacker));
    EXPECT_EQ(right.status, 429) << attacker << ": " << right.Describe();
    EXPECT_FALSE(right.Header("retry-after").empty());
  }
  // Five free failures for each of the first two addresses; by then the e-mail is throttled,
  // so the third address is stopped after its first failure.
  EXPECT_EQ(failures, 11);
  // The e-mail as a whole is throttled now: an address that failed on it once waits too...
  EXPECT_EQ(Login("director", "guess-x", from("203.0.113.4")).status, 401);
  EXPECT_EQ(Login("director", kPassword, from("203.0.113.4")).status, 429);
  // ...but the director, from an address that has not failed, signs in.
  HttpResult director = Login("director", kPassword, from("198.51.100.20"));
  EXPECT_EQ(director.status, 200) << director.Describe();
  EXPECT_EQ(Login("director", kPassword).status, 200) << "from the proxy's own address";
}

TEST_P(AuthTest, DelaysGrowWithEveryFurtherFailureAndAreSharedByServers) {
  SetPassword("rep_b");
  for (int i = 1; i <= 5; ++i) ASSERT_EQ(Login("rep_b", "guess-" + std::to_string(i)).status, 401);
  std::int64_t previous = 0;
  for (int round = 0; round < 4; ++round) {
    HttpResult waiting = Login("rep_b", kPassword);
    ASSERT_EQ(waiting.status, 429) << waiting.Describe();
    const std::int64_t retry = std::stoll(waiting.Header("retry-after"));
    EXPECT_GT(retry, previous) << "round " << round;
    EXPECT_LE(retry, 15 * 60);
    previous = retry;
    // Another server process on the same database sees the same wait.
    app::AuthService other(api().store(), clock());
    auto elsewhere = other.Login(Email("rep_b"), kPassword, "127.0.0.1");
    ASSERT_FALSE(elsewhere.ok());
    EXPECT_EQ(elsewhere.error().code, core::ErrorCode::kRateLimited);
    ASSERT_TRUE(clock().Advance((retry + 1) * 1'000'000).ok());
    EXPECT_EQ(Login("rep_b", "guess-again").status, 401);
  }
  ASSERT_TRUE(clock().Advance((previous * 2 + 1) * 1'000'000).ok());
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

TEST_P(AuthTest, OwnPasswordChangeNeedsTheCurrentPasswordAndRevokesOldTokens) {
  SetPassword("rep_a");
  const std::string path = "/api/v1/users/" + std::to_string(UserId("rep_a")) + "/password";
  // Without the current password: refused, naming the field; nothing changed.
  HttpResult missing = Call("rep_a", "PUT", path, R"({"password":"a-new-password-1"})");
  EXPECT_EQ(missing.status, 422) << missing.Describe();
  EXPECT_EQ(StringAt(missing.Json(), "field"), "current_password");
  HttpResult wrong =
      Call("rep_a", "PUT", path,
           R"({"current_password":"not-my-password","password":"a-new-password-1"})");
  EXPECT_EQ(wrong.status, 403) << wrong.Describe();
  EXPECT_TRUE(wrong.IsProblem());
  EXPECT_EQ(StringAt(wrong.Json(), "field"), "current_password");
  EXPECT_EQ(Call("rep_a", "GET", "/api/v1/auth/me").status, 200) << "a refused change ended tokens";
  EXPECT_EQ(Login("rep_a").status, 200) << "a refused change changed the password";

  HttpResult own =
      Call("rep_a", "PUT", path,
           ToJson(json::object{{"current_password", kPassword}, {"password", "a-new-password-1"}}));
  ASSERT_EQ(own.status, 204) << own.Describe();
  EXPECT_EQ(Call("rep_a", "GET", "/api/v1/auth/me").status, 401);
  EXPECT_EQ(Login("rep_a").status, 401);
  EXPECT_EQ(Login("rep_a", "a-new-password-1").status, 200);
}

TEST_P(AuthTest, WrongCurrentPasswordsCountLikeFailedSignIns) {
  SetPassword("rep_a");
  const std::string path = "/api/v1/users/" + std::to_string(UserId("rep_a")) + "/password";
  const std::string body = R"({"current_password":"guess-guess","password":"a-new-password-1"})";
  for (int i = 1; i <= 5; ++i) {
    HttpResult r = Call("rep_a", "PUT", path, body);
    EXPECT_EQ(r.status, 403) << "attempt " << i << ": " << r.Describe();
  }
  // A stolen session cannot guess on: the throttle of sign-ins answers now.
  HttpResult limited = Call("rep_a", "PUT", path, body);
  EXPECT_EQ(limited.status, 429) << limited.Describe();
  EXPECT_FALSE(limited.Header("retry-after").empty());
  EXPECT_EQ(Login("rep_a").status, 429) << "the failures were not counted like sign-ins";
}

TEST_P(AuthTest, NobodyChangesSomeoneElsesPasswordThroughTheOwnRoute) {
  const std::string other = "/api/v1/users/" + std::to_string(UserId("rep_b")) + "/password";
  const std::string body =
      ToJson(json::object{{"current_password", kPassword}, {"password", "a-new-password-2"}});
  for (const char* who : {"rep_c", "admin", "director"}) {
    HttpResult r = Call(who, "PUT", other, body);
    EXPECT_EQ(r.status, 403) << who << ": " << r.Describe();
  }
  EXPECT_EQ(Call("rep_b", "GET", "/api/v1/auth/me").status, 200);
}

TEST_P(AuthTest, AdminResetIsAuditedAndEndsTheUsersSessionsAndTokens) {
  SetPassword("rep_b");
  BrowserSession session = SignIn("rep_b");
  const std::string reset = "/api/v1/users/" + std::to_string(UserId("rep_b")) + "/password-reset";
  const std::string body = R"({"password":"a-new-password-2"})";
  for (const char* who : {"rep_c", "manager", "director"}) {
    HttpResult r = Call(who, "POST", reset, body);
    EXPECT_EQ(r.status, 403) << who << ": " << r.Describe();
  }
  EXPECT_EQ(Call("rep_b", "GET", "/api/v1/auth/me").status, 200);
  // An admin resets someone else's password, never their own (that needs the current one).
  const std::string own = "/api/v1/users/" + std::to_string(UserId("admin")) + "/password-reset";
  EXPECT_EQ(Call("admin", "POST", own, body).status, 403);
  HttpResult short_pw = Call("admin", "POST", reset, R"({"password":"short"})");
  EXPECT_EQ(short_pw.status, 422) << short_pw.Describe();
  EXPECT_EQ(StringAt(short_pw.Json(), "field"), "password");

  HttpResult done = Call("admin", "POST", reset, body);
  ASSERT_EQ(done.status, 204) << done.Describe();
  EXPECT_EQ(Call("rep_b", "GET", "/api/v1/auth/me").status, 401) << "token survived the reset";
  EXPECT_EQ(WithCookie(session, "GET", "/api/v1/auth/me").status, 401)
      << "browser session survived the reset";
  EXPECT_EQ(Login("rep_b", "a-new-password-2").status, 200);

  HttpResult audit = Call(
      "admin", "GET",
      "/api/v1/audit-events?entity=users&limit=100&entity_id=" + std::to_string(UserId("rep_b")));
  ASSERT_EQ(audit.status, 200) << audit.Describe();
  int by_admin = 0;
  const json::value events = audit.Json();
  for (const auto& item : events.at("items").as_array()) {
    if (IntAt(item, "actor_id") != UserId("admin")) continue;
    ++by_admin;
    const std::string after = ToJson(item.at("after"));
    EXPECT_NE(after.find("reset"), std::string::npos) << after;
  }
  EXPECT_EQ(by_admin, 1) << audit.body;
  EXPECT_EQ(audit.body.find("argon2"), std::string::npos) << "the hash reached the audit trail";
}

TEST_P(AuthTest, ResetOfAnUnknownUserIs404) {
  HttpResult r = Call("admin", "POST", "/api/v1/users/999999/password-reset",
                      R"({"password":"a-new-password-2"})");
  EXPECT_EQ(r.status, 404) << r.Describe();
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
