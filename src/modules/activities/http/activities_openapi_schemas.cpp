// The timeline's, the day's and the review queue's answers beside the generic Activity and Task
// schemas.
#include "http/openapi_schema_helpers.h"
#include "modules/activities/http/activities_http_module.h"

namespace salesdesk::http {
namespace json = boost::json;
using schema::OrNull;
using schema::Ref;

void AddActivitySchemas(json::object& schemas) {
  schemas["TimelineItem"] = {
      {"type", "object"},
      {"required", json::array{"entity", "at", "record"}},
      {"properties",
       {{"entity",
         {{"type", "string"},
          {"enum", json::array{"activities", "tasks", "quotes", "sales-orders", "contracts"}}}},
        {"at",
         {{"type", "string"},
          {"format", "date-time"},
          {"description", "Where it sits: an activity's planned_at, else when it was created"}}},
        {"record",
         {{"type", "object"},
          {"description", "The record as GET /api/v1/{entity}/{id} answers it"}}}}}};
  schemas["Timeline"] = {
      {"type", "object"},
      {"required", json::array{"items", "next_before"}},
      {"properties",
       {{"items", {{"type", "array"}, {"items", Ref("TimelineItem")}}},
        {"next_before",
         OrNull({{"type", "string"},
                 {"description", "Pass as before= for the next page; null on the last page"}})}}}};
  auto list_of = [](const char* name) {
    return json::object{{"type", "array"}, {"items", Ref(name)}};
  };
  schemas["Today"] = {
      {"type", "object"},
      {"required", json::array{"date", "time_zone", "planned", "overdue", "tasks", "next_actions"}},
      {"properties",
       {{"date", {{"type", "string"}, {"format", "date"}}},
        {"time_zone", {{"type", "string"}}},
        {"planned", list_of("Activity")},
        {"overdue", list_of("Activity")},
        {"tasks", list_of("Task")},
        {"next_actions", list_of("Activity")},
        {"report_figures",
         OrNull({{"type", "object"},
                 {"description",
                  "Today's figures as a daily report would be pre-filled with them now (its "
                  "calls … orders_other_currency); null for roles that write no report"}})}}}};
  schemas["MissingDailyReport"] = {
      {"type", "object"},
      {"required", json::array{"owner_id", "report_date", "overdue", "draft_id"}},
      {"properties",
       {{"owner_id", {{"type", "integer"}}},
        {"report_date", {{"type", "string"}, {"format", "date"}}},
        {"overdue",
         {{"type", "boolean"},
          {"description", "Past noon of the next day: it can no longer be on time"}}},
        {"draft_id",
         OrNull({{"type", "integer"}, {"description", "The rep's unsubmitted draft"}})}}}};
  schemas["ReviewQueue"] = {{"type", "object"},
                            {"required", json::array{"date", "reports", "missing"}},
                            {"properties",
                             {{"date", {{"type", "string"}, {"format", "date"}}},
                              {"reports", list_of("DailyReport")},
                              {"missing", list_of("MissingDailyReport")}}}};
  AddMorningMeetingSchemas(schemas);
}

}  // namespace salesdesk::http
