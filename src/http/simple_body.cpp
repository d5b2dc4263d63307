#include "http/simple_body.h"

#include <boost/json.hpp>

#include "app/records/record_json.h"

namespace salesdesk::http {

core::Result<std::map<std::string, std::string>> DecodeSimpleBody(
    std::string_view body, const std::vector<BodyField>& fields) {
  SD_ASSIGN(boost::json::object doc, app::ParseBodyObject(body, 4));
  std::map<std::string, std::string> out;
  for (const auto& kv : doc) {
    std::string key(kv.key());
    const BodyField* f = nullptr;
    for (const auto& candidate : fields) {
      if (candidate.name == key) f = &candidate;
    }
    if (f == nullptr)
      return core::Error::Invalid(key, core::Msg("body.unknown_field", {{"field", key}}));
    if (f->is_integer) {
      if (!kv.value().is_int64())
        return core::Error::Invalid(key, core::Msg("field.not_integer", {{"field", key}}));
      out[key] = std::to_string(kv.value().get_int64());
    } else {
      if (!kv.value().is_string())
        return core::Error::Invalid(key, core::Msg("field.not_string", {{"field", key}}));
      out[key] = std::string(kv.value().get_string());
    }
  }
  for (const auto& f : fields) {
    if (f.required && !out.count(f.name)) {
      return core::Error::Invalid(f.name, core::Msg("field.required", {{"field", f.name}}));
    }
  }
  return out;
}

}  // namespace salesdesk::http
