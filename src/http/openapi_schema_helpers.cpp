#include "http/openapi_schema_helpers.h"

#include <algorithm>

namespace salesdesk::http::schema {
namespace json = boost::json;

json::object Ref(const std::string& name) { return {{"$ref", "#/components/schemas/" + name}}; }

json::object OrNull(json::object s) {
  if (auto* ref = s.if_contains("$ref")) {
    // The annotations (description, readOnly) stay beside the alternatives.
    json::object out{{"anyOf", json::array{{{"$ref", *ref}}, {{"type", "null"}}}}};
    for (auto& [k, v] : s) {
      if (k != "$ref") out[k] = v;
    }
    return out;
  }
  json::value& type = s["type"];
  if (type.is_string()) {
    type = json::array{type, "null"};
  } else if (type.is_array() &&
             std::ranges::find(type.as_array(), json::value("null")) == type.as_array().end()) {
    type.as_array().push_back("null");
  }
  if (auto* values = s.if_contains("enum")) values->as_array().push_back(nullptr);
  return s;
}

json::object Strings(std::initializer_list<const char*> names) {
  json::object props;
  for (const char* n : names) props[n] = {{"type", "string"}};
  return {{"type", "object"}, {"properties", std::move(props)}};
}

json::object With(json::object base, json::object props, json::array required) {
  for (auto& [k, v] : props) base["properties"].as_object()[k] = v;
  if (!required.empty()) base["required"] = std::move(required);
  return base;
}

json::object Integer() { return {{"type", "integer"}, {"format", "int64"}}; }

json::object StringMap() {
  return {{"type", "object"}, {"additionalProperties", {{"type", "string"}}}};
}

}  // namespace salesdesk::http::schema
