#include "http/list_cursor.h"

#include <boost/json.hpp>

namespace salesdesk::http {
namespace {

constexpr std::string_view kAlphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

std::string Base64Url(std::string_view in) {
  std::string out;
  std::uint32_t acc = 0;
  int bits = 0;
  for (unsigned char c : in) {
    acc = (acc << 8) | c;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += kAlphabet[(acc >> bits) & 63];
    }
  }
  if (bits > 0) out += kAlphabet[(acc << (6 - bits)) & 63];
  return out;
}

bool FromBase64Url(std::string_view in, std::string& out) {
  std::uint32_t acc = 0;
  int bits = 0;
  for (char c : in) {
    auto pos = kAlphabet.find(c);
    if (pos == std::string_view::npos) return false;
    acc = (acc << 6) | static_cast<std::uint32_t>(pos);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((acc >> bits) & 0xFF);
    }
  }
  return true;
}

std::string SortName(const app::ListQuery& q) {
  return (q.sort_descending ? "-" : "") + q.sort_field;
}

template <typename M>
core::Error Refused(M message) {
  return core::Error::Invalid("query.after", std::move(message));
}

}  // namespace

std::string EncodeListCursor(const app::ListQuery& q, const app::ListPosition& at) {
  boost::json::object o{{"s", SortName(q)}, {"i", at.id}};
  if (const auto* i = std::get_if<std::int64_t>(&at.key)) o["k"] = *i;
  if (const auto* t = std::get_if<std::string>(&at.key)) o["k"] = *t;
  if (std::holds_alternative<std::monostate>(at.key)) o["k"] = nullptr;
  return Base64Url(boost::json::serialize(o));
}

core::Result<app::ListPosition> DecodeListCursor(const app::ListQuery& q, std::string_view text) {
  std::string raw;
  if (text.size() > 2048 || !FromBase64Url(text, raw))
    return Refused(core::Msg("query.after_invalid"));
  boost::system::error_code ec;
  boost::json::value v = boost::json::parse(raw, ec);
  const boost::json::object* o = ec ? nullptr : v.if_object();
  if (o == nullptr || o->size() != 3 || !o->contains("s") || !o->contains("i") ||
      !o->contains("k") || !o->at("s").is_string() || !o->at("i").is_int64()) {
    return Refused(core::Msg("query.after_invalid"));
  }
  if (o->at("s").as_string() != SortName(q)) return Refused(core::Msg("query.after_other_sort"));
  app::ListPosition at{.id = o->at("i").as_int64()};
  const boost::json::value& k = o->at("k");
  if (k.is_int64()) {
    at.key = k.as_int64();
  } else if (k.is_string()) {
    at.key = std::string(k.as_string());
  } else if (!k.is_null()) {
    return Refused(core::Msg("query.after_invalid"));
  }
  return at;
}

}  // namespace salesdesk::http
