// The cockpit's answer (docs/cockpit.md). Its sections are described, not spelled out field by
// field: each is read by the cockpit page alone.
#include "modules/cockpit/http/cockpit_http_module.h"

namespace salesdesk::http {
namespace json = boost::json;

void AddCockpitSchemas(json::object& schemas) {
  const json::object section{{"type", "object"}};
  schemas["Cockpit"] = {{"type", "object"},
                        {"required", json::array{"period", "as_of", "scope", "people", "attainment",
                                                 "activity", "pipeline", "receivables",
                                                 "discount_leakage", "customers", "absent"}},
                        {"properties",
                         {{"period", {{"type", "string"}, {"pattern", "^[0-9]{4}-[0-9]{2}$"}}},
                          {"as_of", {{"type", "string"}, {"format", "date"}}},
                          {"scope", {{"type", "string"}, {"enum", json::array{"team", "me"}}}},
                          {"people", {{"type", "array"}, {"items", section}}},
                          {"attainment", section},
                          {"activity", section},
                          {"pipeline", section},
                          {"receivables", section},
                          {"discount_leakage", section},
                          {"customers", section},
                          {"absent",
                           {{"type", "array"},
                            {"description", "Figures no module gives yet, each with its reason"},
                            {"items", section}}}}}};
}

}  // namespace salesdesk::http
