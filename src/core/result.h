// Result<T>: expected failures as values (shaped like std::expected, which g++ 12 lacks).
// The error-code set is closed: every layer maps its failures onto these, and the HTTP layer
// maps each code onto exactly one status.
#pragma once

#include <cstdint>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "core/message.h"

namespace salesdesk::core {

enum class ErrorCode : std::uint8_t {
  kInvalidArgument,       // bad input: a field is missing, malformed or out of range
  kNotFound,              // no such record, or the caller may not know it exists
  kConflict,              // a uniqueness or state rule forbids the change
  kPreconditionFailed,    // stale version (If-Match mismatch)
  kPreconditionRequired,  // a version was required but not given
  kUnauthenticated,       // no valid credentials
  kForbidden,             // authenticated, but not allowed
  kRateLimited,           // too many attempts; retry later
  kIdempotencyMismatch,   // an Idempotency-Key reused with another request
  kOverflow,              // arithmetic would exceed the representable range
  kUnavailable,           // a dependency (database) is temporarily unavailable
  kInternal,              // a bug or an unexpected failure
};

const char* ErrorCodeName(ErrorCode code);

// One problem with one field, for reporting every invalid field of a request at once.
// `message` is the English text of `code` with `params` (empty code: not yet coded).
struct FieldIssue {
  std::string field;
  std::string message;
  std::string code;
  MessageParams params;
};

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;  // plain words: what is wrong and how to fix it
  std::string field;    // JSON pointer-ish path of the offending field, empty if none
  std::int64_t retry_after_seconds = 0;  // only for kRateLimited
  std::vector<FieldIssue> issues;        // further invalid fields (the first is `field`)
  std::string message_code;              // stable code of `message` ("field.required")
  MessageParams params;                  // the parameters `message` was made from

  static Error Invalid(std::string field, std::string message) {
    return Error{ErrorCode::kInvalidArgument, std::move(message), std::move(field), 0, {}};
  }
  static Error Invalid(std::string field, Message m) {
    Error e = Make(ErrorCode::kInvalidArgument, std::move(m));
    e.field = std::move(field);
    return e;
  }
  // `cause`'s words and code about another field (a parse failure reported on the body field).
  static Error Invalid(std::string field, const Error& cause) {
    Error e = Make(ErrorCode::kInvalidArgument, cause.message);
    e.field = std::move(field);
    e.message_code = cause.message_code;
    e.params = cause.params;
    return e;
  }
  static Error Make(ErrorCode code, std::string message) {
    return Error{code, std::move(message), {}, 0, {}};
  }
  static Error Make(ErrorCode code, Message m) {
    Error e{code, EnglishText(m), {}, 0, {}};
    e.message_code = std::move(m.code);
    e.params = std::move(m.params);
    return e;
  }
  Message msg() const { return Message{message_code, params}; }
};

// Collects every invalid field of a request before answering, so the caller fixes them all at
// once: the first issue becomes the error's field and message, all of them its issues.
class FieldIssues {
 public:
  void Add(std::string field, std::string message) {
    issues_.push_back({std::move(field), std::move(message), {}, {}});
  }
  void Add(std::string field, Message m) {
    std::string text = EnglishText(m);
    issues_.push_back({std::move(field), std::move(text), std::move(m.code), std::move(m.params)});
  }
  // `cause`'s words and code about `field`.
  void Add(std::string field, const Error& cause) {
    issues_.push_back({std::move(field), cause.message, cause.message_code, cause.params});
  }
  // Takes over an error's issues (or the error itself when it has none).
  void Merge(const Error& e) {
    if (e.issues.empty()) {
      Add(e.field, e);
    } else {
      issues_.insert(issues_.end(), e.issues.begin(), e.issues.end());
    }
  }
  bool empty() const { return issues_.empty(); }
  Error ToError() {
    Error e = Error::Invalid(issues_.at(0).field, issues_.at(0).message);
    e.message_code = issues_.at(0).code;
    e.params = issues_.at(0).params;
    e.issues = std::move(issues_);
    return e;
  }

 private:
  std::vector<FieldIssue> issues_;
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}  // NOLINT: implicit by design
  // Anything T can be built from (e.g. a std::string into a variant) converts implicitly.
  template <typename U, typename = std::enable_if_t<std::is_constructible_v<T, U&&> &&
                                                    !std::is_same_v<std::decay_t<U>, T> &&
                                                    !std::is_same_v<std::decay_t<U>, Error>>>
  Result(U&& value) : state_(std::in_place_index<0>, std::forward<U>(value)) {}  // NOLINT
  Result(Error error) : state_(std::move(error)) {}  // NOLINT: implicit by design

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { return std::get<0>(state_); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  const Error& error() const& { return std::get<1>(state_); }
  Error&& error() && { return std::get<1>(std::move(state_)); }

 private:
  std::variant<T, Error> state_;
};

template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : error_(std::move(error)), ok_(false) {}  // NOLINT: implicit by design

  bool ok() const { return ok_; }
  explicit operator bool() const { return ok_; }
  const Error& error() const& { return error_; }
  Error&& error() && { return std::move(error_); }

 private:
  Error error_;
  bool ok_ = true;
};

inline Result<void> Ok() { return {}; }

}  // namespace salesdesk::core

// Propagates an error from an expression yielding Result<...>.
#define SD_TRY(expr)                                                    \
  do {                                                                  \
    auto sd_try_result_ = (expr);                                       \
    if (!sd_try_result_.ok()) return std::move(sd_try_result_).error(); \
  } while (false)

#define SD_CONCAT_INNER(a, b) a##b
#define SD_CONCAT(a, b) SD_CONCAT_INNER(a, b)
// Declares `lhs` from a Result<T>, returning its error on failure.
#define SD_ASSIGN(lhs, expr) SD_ASSIGN_IMPL(SD_CONCAT(sd_assign_, __LINE__), lhs, expr)
#define SD_ASSIGN_IMPL(tmp, lhs, expr)          \
  auto tmp = (expr);                            \
  if (!tmp.ok()) return std::move(tmp).error(); \
  lhs = std::move(tmp).value()
