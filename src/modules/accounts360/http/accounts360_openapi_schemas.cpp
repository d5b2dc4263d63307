// The overview's answer (docs/accounts360.md). Its records are those of the record API; the
// figures are per currency in minor units.
#include "modules/accounts360/http/accounts360_http_module.h"

namespace salesdesk::http {
namespace json = boost::json;

void AddAccountOverviewSchemas(json::object& schemas) {
  const json::object section{{"type", "object"}};
  const json::object top{
      {"type", "object"},
      {"required", json::array{"items", "total"}},
      {"properties",
       {{"items", {{"type", "array"}, {"items", section}}}, {"total", {{"type", "integer"}}}}}};
  const json::object list{
      {"description", "The first 5 records and how many there are; null: the role reads none"},
      {"oneOf", json::array{top, {{"type", "null"}}}}};
  json::object props{{"as_of", {{"type", "string"}, {"format", "date"}}},
                     {"account", section},
                     {"figures", section}};
  json::array required{"as_of", "account", "figures"};
  for (const char* name : {"open_quotes", "orders", "active_contracts", "open_deals",
                           "next_activities", "open_tasks", "contacts"}) {
    props[name] = list;
    required.push_back(json::string(name));
  }
  schemas["AccountOverview"] = {
      {"type", "object"}, {"required", std::move(required)}, {"properties", std::move(props)}};
}

}  // namespace salesdesk::http
