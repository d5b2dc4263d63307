// The targets module's own bodies: the re-plan request and the progress answer.
#include "http/openapi_schema_helpers.h"
#include "modules/targets/http/targets_http_module.h"

namespace salesdesk::http {
namespace json = boost::json;

void AddTargetsSchemas(json::object& schemas) {
  const json::object integer{{"type", "integer"}};
  const json::object date{{"type", "string"}, {"format", "date"}};
  const json::object nullable_int{{"type", json::array{"integer", "null"}}};
  schemas["TargetReplanRequest"] = {
      {"type", "object"},
      {"required", json::array{"closed_through"}},
      {"additionalProperties", false},
      {"properties",
       {{"closed_through",
         {{"type", "string"},
          {"pattern", "^[0-9]{4}-[0-9]{2}$"},
          {"description", "The last closed month of the plan's year, YYYY-MM"}}},
        {"policy",
         {{"type", "string"},
          {"enum", json::array{"spread", "keep", "catch_up_next_month"}},
          {"default", "spread"}}},
        {"allow_decrease", {{"type", "boolean"}, {"default", false}}}}}};
  const json::object period{{"type", "object"},
                            {"properties",
                             {{"from", date},
                              {"to", date},
                              {"target", integer},
                              {"target_to_date", integer},
                              {"actual", integer},
                              {"attainment_bp", nullable_int}}}};
  const json::object pace{{"type", "object"},
                          {"properties",
                           {{"target", integer},
                            {"actual", integer},
                            {"remaining_working_days", {{"type", "string"}}},
                            {"per_day", nullable_int}}}};
  const json::object plan{
      {"type", "object"},
      {"properties",
       {{"plan_id", integer},
        {"revision", integer},
        {"measure", {{"type", "string"}}},
        {"currency", {{"type", json::array{"string", "null"}}}},
        {"actual_available", {{"type", "boolean"}}},
        {"other_currencies", {{"type", "array"}, {"items", {{"type", "string"}}}}},
        {"periods",
         {{"type", "object"},
          {"properties",
           {{"today", period},
            {"week", period},
            {"month", period},
            {"quarter", period},
            {"year_to_date", period}}}}},
        {"pace", {{"type", "object"}, {"properties", {{"month", pace}, {"year", pace}}}}}}}};
  schemas["TargetProgress"] = {
      {"type", "object"},
      {"description",
       "Target, actual and attainment per period and the pace, per active plan (RULES.md A)"},
      {"required", json::array{"user_id", "date", "plans"}},
      {"properties",
       {{"user_id", integer}, {"date", date}, {"plans", {{"type", "array"}, {"items", plan}}}}}};
}

}  // namespace salesdesk::http
