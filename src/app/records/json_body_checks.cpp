#include "app/records/json_body_checks.h"

#include <boost/json/basic_parser_impl.hpp>

#include <cstdio>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace salesdesk::app {
namespace {

namespace json = boost::json;
using json::error_code;
using json::string_view;

// U+xxxx of a code point, for messages.
std::string CodePoint(unsigned c) {
  char out[8];
  std::snprintf(out, sizeof out, "U+%04X", c);
  return out;
}

// Walks the document once, knowing at every value the path of the field it belongs to.
class Scanner {
 public:
  constexpr static std::size_t max_object_size = std::size_t(-1);
  constexpr static std::size_t max_array_size = std::size_t(-1);
  constexpr static std::size_t max_key_size = std::size_t(-1);
  constexpr static std::size_t max_string_size = std::size_t(-1);

  bool on_document_begin(error_code&) { return true; }
  bool on_document_end(error_code&) { return true; }
  bool on_object_begin(error_code&) { return Open(true); }
  bool on_object_end(std::size_t, error_code&) { return Close(); }
  bool on_array_begin(error_code&) { return Open(false); }
  bool on_array_end(std::size_t, error_code&) { return Close(); }
  bool on_key_part(string_view s, std::size_t, error_code&) {
    key_.append(s.data(), s.size());
    return true;
  }
  bool on_key(string_view s, std::size_t, error_code& ec) {
    key_.append(s.data(), s.size());
    Frame& top = frames_.back();
    top.key = std::move(key_);
    key_.clear();
    if (!top.keys.insert(top.key).second) {
      return Fail(ec, ChildPath(), core::Msg("body.duplicate_key", {{"key", top.key}}));
    }
    return true;
  }
  bool on_string_part(string_view s, std::size_t, error_code& ec) { return Text(s, ec); }
  bool on_string(string_view s, std::size_t, error_code& ec) {
    if (!Text(s, ec)) return false;
    pending_c2_ = false;
    return Value();
  }
  bool on_number_part(string_view, error_code&) { return true; }
  bool on_int64(std::int64_t, string_view, error_code&) { return Value(); }
  bool on_uint64(std::uint64_t, string_view, error_code&) { return Value(); }
  bool on_double(double, string_view, error_code&) { return Value(); }
  bool on_bool(bool, error_code&) { return Value(); }
  bool on_null(error_code&) { return Value(); }
  bool on_comment_part(string_view, error_code&) { return true; }
  bool on_comment(string_view, error_code&) { return true; }

  const core::Error* problem() const { return problem_ ? &*problem_ : nullptr; }

 private:
  struct Frame {
    bool object;
    std::string path;
    std::set<std::string> keys;
    std::string key;        // objects: the member being read
    std::size_t index = 0;  // arrays: the element being read
  };

  std::string ChildPath() const {
    if (frames_.empty()) return "body";
    const Frame& top = frames_.back();
    if (!top.object) return top.path + "[" + std::to_string(top.index) + "]";
    return top.path.empty() ? top.key : top.path + "." + top.key;
  }
  bool Open(bool object) {
    std::string path = frames_.empty() ? std::string() : ChildPath();
    frames_.push_back(Frame{object, std::move(path), {}, {}, 0});
    return true;
  }
  bool Close() {
    frames_.pop_back();
    return Value();
  }
  bool Value() {
    if (!frames_.empty() && !frames_.back().object) ++frames_.back().index;
    return true;
  }
  bool Text(string_view s, error_code& ec) {
    // C1 controls are 0xC2 0x80..0x9F in UTF-8, possibly split between two parts.
    for (char ch : s) {
      const auto c = static_cast<unsigned char>(ch);
      const bool bad = (pending_c2_ && c >= 0x80 && c <= 0x9F) ||
                       (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
      pending_c2_ = c == 0xC2;
      if (bad) {
        const std::string field = ChildPath();
        return Fail(
            ec, field,
            core::Msg("field.control_character", {{"field", field}, {"character", CodePoint(c)}}));
      }
    }
    return true;
  }
  bool Fail(error_code& ec, std::string field, core::Message message) {
    problem_ = core::Error::Invalid(std::move(field), std::move(message));
    ec = json::error::extra_data;  // any error: stops the parser
    return false;
  }

  std::vector<Frame> frames_;
  std::string key_;
  bool pending_c2_ = false;
  std::optional<core::Error> problem_;
};

}  // namespace

core::Result<void> CheckJsonBody(std::string_view body, int max_depth) {
  json::parse_options options;
  options.max_depth = static_cast<std::size_t>(max_depth);
  json::basic_parser<Scanner> parser(options);
  error_code ec;
  parser.write_some(false, body.data(), body.size(), ec);
  if (const core::Error* problem = parser.handler().problem()) return *problem;
  if (ec)
    return core::Error::Invalid("body", core::Msg("body.not_json", {{"reason", ec.message()}}));
  return core::Ok();
}

}  // namespace salesdesk::app
