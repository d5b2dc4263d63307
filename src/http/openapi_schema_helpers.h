// Small builders of JSON Schema objects for the OpenAPI document, shared by the platform's
// builder (openapi_document.cpp) and the modules' add_schemas (http/http_module.h).
#pragma once

#include <boost/json.hpp>

#include <initializer_list>
#include <string>

namespace salesdesk::http::schema {

// {"$ref": "#/components/schemas/<name>"}
boost::json::object Ref(const std::string& name);
// An object whose listed properties are strings.
boost::json::object Strings(std::initializer_list<const char*> names);
// `base` with some properties replaced and the listed ones required.
boost::json::object With(boost::json::object base, boost::json::object props,
                         boost::json::array required = {});
boost::json::object Integer();
// Adds null to a schema the OpenAPI 3.1 way: "null" in the type array (and in the enum), or
// anyOf for a $ref.
boost::json::object OrNull(boost::json::object s);
// An object of string parameters (message params).
boost::json::object StringMap();

}  // namespace salesdesk::http::schema
