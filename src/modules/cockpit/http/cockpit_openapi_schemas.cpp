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

  const json::object nullable_int{{"type", json::array{"integer", "null"}}};
  const json::object month{{"type", "string"}, {"pattern", "^[0-9]{4}-[0-9]{2}$"}};
  const json::object cell{{"type", "object"},
                          {"required", json::array{"actual", "target", "attainment_bp"}},
                          {"properties",
                           {{"actual", {{"type", "integer"}}},
                            {"target", nullable_int},
                            {"attainment_bp", nullable_int}}}};
  const json::object total{
      {"type", "object"},
      {"required", json::array{"actual", "target", "target_to_date", "attainment_bp"}},
      {"properties",
       {{"actual", {{"type", "integer"}}},
        {"target", nullable_int},
        {"target_to_date", nullable_int},
        {"attainment_bp", nullable_int}}}};
  const json::object cells{{"type", "array"},
                           {"description", "One per month, in the order of `months`"},
                           {"items", cell}};
  schemas["CockpitMatrix"] = {
      {"type", "object"},
      {"required", json::array{"measure", "unit", "from", "to", "as_of", "months", "people", "team",
                               "other_currencies"}},
      {"properties",
       {{"measure",
         {{"type", "string"},
          {"enum", json::array{"revenue", "visits", "calls", "orders", "new_customers"}}}},
        {"unit", {{"type", "string"}, {"description", "Revenue: the currency; counts: count"}}},
        {"from", month},
        {"to", month},
        {"as_of", {{"type", "string"}, {"format", "date"}}},
        {"months",
         {{"type", "array"},
          {"items",
           {{"type", "object"},
            {"required", json::array{"month", "state"}},
            {"properties",
             {{"month", month},
              {"state",
               {{"type", "string"}, {"enum", json::array{"closed", "current", "to_come"}}}}}}}}}},
        {"people",
         {{"type", "array"},
          {"items",
           {{"type", "object"},
            {"required", json::array{"user_id", "name", "role", "cells", "total"}},
            {"properties",
             {{"user_id", {{"type", "integer"}}},
              {"name", {{"type", "string"}}},
              {"role", {{"type", "string"}}},
              {"cells", cells},
              {"total", total}}}}}}},
        {"team",
         {{"type", "object"},
          {"description",
           "Everyone's actuals; the targets of those who have one and the attainment of their "
           "actuals against them"},
          {"required", json::array{"cells", "total"}},
          {"properties", {{"cells", cells}, {"total", total}}}}},
        {"other_currencies",
         {{"type", "array"},
          {"description", "Revenue in other currencies in the range: left out, never converted"},
          {"items", {{"type", "string"}}}}}}}};
}

}  // namespace salesdesk::http
