// The schedules module's own bodies: the working-days answer and the rota generation.
#include "http/openapi_schema_helpers.h"
#include "modules/schedules/http/schedules_http_module.h"

namespace salesdesk::http {
namespace json = boost::json;

void AddSchedulesSchemas(json::object& schemas) {
  const json::object text{{"type", "string"}};
  const json::object date{{"type", "string"}, {"format", "date"}};
  schemas["WorkingDay"] = {
      {"type", "object"},
      {"required", json::array{"date", "half_days", "fraction", "reason", "detail"}},
      {"additionalProperties", false},
      {"properties",
       {{"date", date},
        {"half_days", {{"type", "integer"}, {"minimum", 0}, {"maximum", 2}}},
        {"fraction", {{"type", "string"}, {"enum", json::array{"0", "0.5", "1"}}}},
        {"reason",
         {{"type", json::array{"string", "null"}},
          {"enum",
           json::array{"weekend", "rota_off", "half_day_shift", "holiday", "leave", nullptr}}}},
        {"detail", {{"type", json::array{"string", "null"}}}}}}};
  schemas["WorkingDays"] = {
      {"type", "object"},
      {"description", "A person's working days (RULES.md A-R4), day weights in half-days"},
      {"required", json::array{"user_id", "from", "to", "total_half_days", "working_days", "days"}},
      {"additionalProperties", false},
      {"properties",
       {{"user_id", {{"type", "integer"}}},
        {"from", date},
        {"to", date},
        {"total_half_days", {{"type", "integer"}}},
        {"working_days", {{"type", "string"}, {"examples", json::array{"20.5"}}}},
        {"days", {{"type", "array"}, {"items", schema::Ref("WorkingDay")}}}}}};
  schemas["RotaGenerateRequest"] = {
      {"type", "object"},
      {"required", json::array{"team_id", "month", "pattern"}},
      {"additionalProperties", false},
      {"properties",
       {{"team_id", {{"type", "integer"}}},
        {"month", {{"type", "string"}, {"pattern", "^[0-9]{4}-[0-9]{2}$"}}},
        {"pattern",
         {{"type", "array"},
          {"minItems", 1},
          {"maxItems", 31},
          {"items",
           {{"anyOf",
             json::array{json::object{{"type", "integer"}}, json::object{{"const", "off"}}}}}}}}}}};
  schemas["RotaGenerateResult"] = {
      {"type", "object"},
      {"required", json::array{"team_id", "month", "created", "kept", "entries"}},
      {"additionalProperties", false},
      {"properties",
       {{"team_id", {{"type", "integer"}}},
        {"month", text},
        {"created", {{"type", "integer"}}},
        {"kept", {{"type", "integer"}}},
        {"entries", {{"type", "array"}, {"items", schema::Ref("RotaEntry")}}}}}};
  schemas["HolidayGenerateRequest"] = {
      {"type", "object"},
      {"required", json::array{"country", "year"}},
      {"additionalProperties", false},
      {"properties",
       {{"country",
         {{"type", "string"},
          {"description", "ISO 3166-1 alpha-2; the calendar knows DE, ES, FR, GB, IT, PT, US"}}},
        {"year", {{"type", "integer"}, {"minimum", 1583}, {"maximum", 9999}}}}}};
  schemas["HolidayGenerateResult"] = {
      {"type", "object"},
      {"required", json::array{"country", "year", "created", "kept", "entries"}},
      {"additionalProperties", false},
      {"properties",
       {{"country", text},
        {"year", {{"type", "integer"}}},
        {"created", {{"type", "integer"}}},
        {"kept", {{"type", "integer"}}},
        {"entries", {{"type", "array"}, {"items", schema::Ref("PublicHoliday")}}}}}};
}

}  // namespace salesdesk::http
