#include "http/simple_body.h"

#include <boost/json.hpp>

namespace salesdesk::http {

core::Result<std::map<std::string, std::string>> DecodeSimpleBody(
    std::string_view body, const std::vector<BodyField>& fields) {
  boost::system::error_code ec;
  boost::json::parse_options opts;
  opts.max_depth = 4;
  boost::json::value doc = boost::json::parse(body, ec, {}, opts);
  if (ec) return core::Error::Invalid("body", "the body is not valid JSON (" + ec.message() + ")");
  if (!doc.is_object()) return core::Error::Invalid("body", "the body must be a JSON object");
  std::map<std::string, std::string> out;
  for (const auto& kv : doc.get_object()) {
    std::string key(kv.key());
    const BodyField* f = nullptr;
    for (const auto& candidate : fields) {
      if (candidate.name == key) f = &candidate;
    }
    if (f == nullptr) return core::Error::Invalid(key, "unknown field '" + key + "'; remove it");
    if (f->is_integer) {
      if (!kv.value().is_int64()) return core::Error::Invalid(key, key + " must be a whole number");
      out[key] = std::to_string(kv.value().get_int64());
    } else {
      if (!kv.value().is_string()) return core::Error::Invalid(key, key + " must be a string");
      out[key] = std::string(kv.value().get_string());
    }
  }
  for (const auto& f : fields) {
    if (f.required && !out.count(f.name)) {
      return core::Error::Invalid(f.name, f.name + " is required");
    }
  }
  return out;
}

}  // namespace salesdesk::http
