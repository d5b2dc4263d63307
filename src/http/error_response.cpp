#include "http/error_response.h"

#include "http/problem_body.h"

namespace salesdesk::http {

using core::ErrorCode;

int StatusFor(const core::Error& error) {
  switch (error.code) {
    case ErrorCode::kInvalidArgument:
      // Syntax problems of the request itself are 400; a well-formed body with invalid
      // values is 422.
      return error.field.empty() || error.field == "body" || error.field.rfind("query.", 0) == 0
                 ? 400
                 : 422;
    case ErrorCode::kNotFound:
      return 404;
    case ErrorCode::kConflict:
      return 409;
    case ErrorCode::kPreconditionFailed:
      return 412;
    case ErrorCode::kPreconditionRequired:
      return 428;
    case ErrorCode::kUnauthenticated:
      return 401;
    case ErrorCode::kForbidden:
      return 403;
    case ErrorCode::kRateLimited:
      return 429;
    case ErrorCode::kIdempotencyMismatch:
      return 422;
    case ErrorCode::kOverflow:
      return 422;
    case ErrorCode::kUnavailable:
      return 503;
    case ErrorCode::kInternal:
      return 500;
  }
  return 500;
}

namespace {

const char* TitleFor(int status) {
  switch (status) {
    case 400:
      return "Bad Request";
    case 401:
      return "Unauthorized";
    case 403:
      return "Forbidden";
    case 404:
      return "Not Found";
    case 405:
      return "Method Not Allowed";
    case 409:
      return "Conflict";
    case 412:
      return "Precondition Failed";
    case 415:
      return "Unsupported Media Type";
    case 422:
      return "Unprocessable Content";
    case 428:
      return "Precondition Required";
    case 429:
      return "Too Many Requests";
    case 503:
      return "Service Unavailable";
    default:
      return "Internal Server Error";
  }
}

}  // namespace

Response ErrorToResponse(const core::Error& error) { return ErrorToResponse(error, 0); }

Response ErrorToResponse(const core::Error& error, int status) {
  // The status is decided once, so the body's "status" is always the answer's.
  const bool overridden = status != 0;
  if (!overridden) status = StatusFor(error);
  // Internal details never reach the client.
  const bool internal = status == 500;
  const core::Message message = internal ? core::Msg("server.internal_error") : error.msg();
  const std::string detail = internal ? core::EnglishText(message) : error.message;
  Response r =
      MakeProblem(status, TitleFor(status), detail, error.field,
                  overridden ? "" : core::ErrorCodeName(error.code), error.issues, message);
  if (error.code == ErrorCode::kRateLimited) {
    r.headers.emplace_back("Retry-After", std::to_string(error.retry_after_seconds));
  }
  if (error.code == ErrorCode::kUnavailable) r.headers.emplace_back("Retry-After", "1");
  if (error.code == ErrorCode::kUnauthenticated) {
    r.headers.emplace_back("WWW-Authenticate", "Bearer realm=\"salesdesk\"");
  }
  return r;
}

}  // namespace salesdesk::http
