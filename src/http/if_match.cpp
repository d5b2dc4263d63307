#include "http/if_match.h"

namespace salesdesk::http {

using core::Error;
using core::ErrorCode;

core::Result<std::int64_t> IfMatchVersion(const Request& r) {
  std::string_view v = r.Header("if-match");
  if (v.empty()) {
    Error e = Error::Make(ErrorCode::kPreconditionRequired, core::Msg("precondition.required"));
    e.field = "If-Match";
    return e;
  }
  if (v.substr(0, 2) == "W/") v.remove_prefix(2);
  if (v.size() < 3 || v.front() != '"' || v.back() != '"') {
    return Error::Invalid("If-Match", core::Msg("precondition.malformed"));
  }
  v = v.substr(1, v.size() - 2);
  std::int64_t n = 0;
  for (char c : v) {
    if (c < '0' || c > '9' || n > INT64_MAX / 10 - 10) {
      return Error::Invalid("If-Match", core::Msg("precondition.malformed"));
    }
    n = n * 10 + (c - '0');
  }
  return n;
}

}  // namespace salesdesk::http
