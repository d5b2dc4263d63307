// Sign-in and sign-out (browser session cookie + CSRF token), who-am-I, API tokens for scripts,
// changing one's own password and an admin's reset of someone else's.
#include <boost/json.hpp>

#include "core/time/timestamp.h"
#include "http/api.h"
#include "http/cookies.h"
#include "http/error_response.h"
#include "http/json_response.h"
#include "http/simple_body.h"

namespace salesdesk::http {
namespace {

std::string FormatInstant(std::int64_t us) {
  auto t = core::Timestamp::FromMicros(us);
  return t.ok() ? t->ToString() : std::string();
}

boost::json::object CallerJson(const app::Caller& c) {
  return {{"id", c.user_id},
          {"name", c.name},
          {"email", c.email},
          {"role", std::string(app::RoleName(c.role))}};
}

std::string SessionCookie(const std::string& value, std::int64_t max_age, bool secure) {
  return std::string(kSessionCookie) + "=" + value +
         "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(max_age) +
         (secure ? "; Secure" : "");
}

Response NoContent() {
  Response r;
  r.status = 204;
  r.content_type.clear();
  return r;
}

}  // namespace

void Api::AddAuthRoutes() {
  routes_.push_back(
      {"POST", "/api/v1/auth/login", "login",
       "Sign in with e-mail and password; sets the session cookie", "Auth", false,
       RouteKind::kCustom, nullptr, "LoginRequest", "LoginResponse", 200,
       [this](RouteContext& c) {
         auto body = DecodeSimpleBody(c.request.body, {{"email"}, {"password"}});
         if (!body.ok()) return ErrorToResponse(body.error());
         auto login = auth_.Login((*body)["email"], (*body)["password"],
                                  ClientAddress(c.request, options_.proxies));
         if (!login.ok()) return ErrorToResponse(login.error());
         Response r = JsonResponse(
             200, boost::json::object{{"user", CallerJson(login->caller)},
                                      {"csrf_token", login->csrf_token},
                                      {"expires_at", FormatInstant(login->expires_us)}});
         r.headers.emplace_back(
             "Set-Cookie", SessionCookie(login->token, options_.auth.session_ttl_us / 1'000'000,
                                         options_.secure_cookies));
         return r;
       },
       /*slow=*/true});
  routes_.push_back({"POST", "/api/v1/auth/logout", "logout",
                     "End the current session (or revoke the bearer token used)", "Auth", true,
                     RouteKind::kCustom, nullptr, "", "", 204, [this](RouteContext& c) {
                       std::string_view authz = c.request.Header("authorization");
                       std::string token;
                       if (authz.size() > 7 && authz.substr(0, 7) == "Bearer ") {
                         token = std::string(authz.substr(7));
                       } else {
                         token = CookieValue(c.request.Header("cookie"), kSessionCookie);
                       }
                       auto done = auth_.Logout(token);
                       if (!done.ok()) return ErrorToResponse(done.error());
                       Response r = NoContent();
                       r.headers.emplace_back("Set-Cookie",
                                              SessionCookie("", 0, options_.secure_cookies));
                       return r;
                     }});
  routes_.push_back({"GET", "/api/v1/auth/me", "me", "Who is signed in", "Auth", true,
                     RouteKind::kCustom, nullptr, "", "Me", 200, [](RouteContext& c) {
                       boost::json::object me = CallerJson(*c.caller);
                       if (c.caller->browser_session) me["csrf_token"] = c.caller->csrf_token;
                       return JsonResponse(200, me);
                     }});
  routes_.push_back(
      {"POST", "/api/v1/auth/tokens", "create_token",
       "Create a bearer API token for yourself (shown once)", "Auth", true, RouteKind::kCustom,
       nullptr, "TokenRequest", "TokenResponse", 201, [this](RouteContext& c) {
         auto body = DecodeSimpleBody(c.request.body, {{"label"}, {"ttl_days", true, false}});
         if (!body.ok()) return ErrorToResponse(body.error());
         std::int64_t ttl = body->count("ttl_days") ? std::stoll((*body)["ttl_days"]) : 90;
         auto token = auth_.CreateApiToken(*c.caller, c.caller->user_id, (*body)["label"], ttl);
         if (!token.ok()) return ErrorToResponse(token.error());
         return JsonResponse(201, boost::json::object{{"token", *token}, {"ttl_days", ttl}});
       }});
  routes_.push_back(
      {"PUT", "/api/v1/users/{id}/password", "change_password",
       "Change your own password; give the current one. Ends all your sessions and tokens", "User",
       true, RouteKind::kCustom, nullptr, "PasswordChangeRequest", "", 204,
       [this](RouteContext& c) {
         if (c.ids[0] != c.caller->user_id) {
           return ErrorToResponse(
               core::Error::Make(core::ErrorCode::kForbidden,
                                 core::Msg("auth.password_own_only",
                                           {{"reset_path", "/api/v1/users/{id}/password-reset"}})));
         }
         auto body = DecodeSimpleBody(c.request.body, {{"current_password"}, {"password"}});
         if (!body.ok()) return ErrorToResponse(body.error());
         auto done = auth_.ChangeOwnPassword(*c.caller, c.ids[0], (*body)["current_password"],
                                             (*body)["password"],
                                             ClientAddress(c.request, options_.proxies));
         return done.ok() ? NoContent() : ErrorToResponse(done.error());
       },
       /*slow=*/true});
  routes_.push_back(
      {"POST", "/api/v1/users/{id}/password-reset", "reset_password",
       "Admins: set another user's password (audited); ends all their sessions and tokens", "User",
       true, RouteKind::kCustom, nullptr, "PasswordRequest", "", 204,
       [this](RouteContext& c) {
         if (c.caller->role != app::Role::kAdmin) {
           return ErrorToResponse(core::Error::Make(core::ErrorCode::kForbidden,
                                                    core::Msg("auth.password_reset_admin_only")));
         }
         auto body = DecodeSimpleBody(c.request.body, {{"password"}});
         if (!body.ok()) return ErrorToResponse(body.error());
         auto done = auth_.ResetPassword(*c.caller, c.ids[0], (*body)["password"]);
         return done.ok() ? NoContent() : ErrorToResponse(done.error());
       },
       /*slow=*/true});
}

}  // namespace salesdesk::http
