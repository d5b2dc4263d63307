// The morning meeting's answer (GET /api/v1/morning-meeting).
#include "http/openapi_schema_helpers.h"
#include "modules/activities/http/activities_http_module.h"

namespace salesdesk::http {
namespace json = boost::json;
using schema::OrNull;
using schema::Ref;

namespace {

json::object Count(const char* description) {
  return {{"type", "integer"}, {"description", description}};
}

}  // namespace

void AddMorningMeetingSchemas(json::object& schemas) {
  schemas["MeetingTeam"] = {
      {"type", "object"},
      {"required", json::array{"id", "name"}},
      {"properties", {{"id", {{"type", "integer"}}}, {"name", {{"type", "string"}}}}}};
  schemas["MeetingAmount"] = {
      {"type", "object"},
      {"required", json::array{"amount", "currency"}},
      {"properties", {{"amount", {{"type", "string"}}}, {"currency", {{"type", "string"}}}}}};
  schemas["MeetingFigures"] = {
      {"type", "object"},
      {"required",
       json::array{"calls", "connected_calls", "visits", "meetings", "new_leads", "quotes",
                   "orders", "orders_amounts", "reports_in", "planned_visits", "planned_calls",
                   "overdue_tasks", "quotes_expiring", "approvals_waiting"}},
      {"properties",
       {{"calls", Count("Yesterday: calls done")},
        {"connected_calls", Count("Yesterday: calls that reached the customer")},
        {"visits", Count("Yesterday: visits done")},
        {"meetings", Count("Yesterday: meetings done")},
        {"new_leads", Count("Yesterday: leads created")},
        {"quotes", Count("Yesterday: quotes made (as the daily report counts them)")},
        {"orders", Count("Yesterday: orders confirmed")},
        {"orders_amounts",
         {{"type", "array"},
          {"items", Ref("MeetingAmount")},
          {"description", "Yesterday's orders, untaxed, one amount per currency"}}},
        {"reports_in", Count("Daily reports of yesterday submitted or reviewed")},
        {"planned_visits", Count("Today: visits planned")},
        {"planned_calls", Count("Today: calls planned")},
        {"overdue_tasks", Count("Open tasks due before today")},
        {"quotes_expiring",
         Count("Quotes in approval, approved or sent valid until today or the next six days")},
        {"approvals_waiting", Count("Pending approval requests this person decides")}}}};
  schemas["MeetingPlannedItem"] = {
      {"type", "object"},
      {"required",
       json::array{"id", "kind", "subject", "planned_at", "account_id", "account_name"}},
      {"properties",
       {{"id", {{"type", "integer"}, {"description", "The activity"}}},
        {"kind", {{"type", "string"}, {"enum", json::array{"visit", "call"}}}},
        {"subject", {{"type", "string"}}},
        {"planned_at", OrNull({{"type", "string"}, {"format", "date-time"}})},
        {"account_id", OrNull({{"type", "integer"}})},
        {"account_name", OrNull({{"type", "string"}})}}}};
  schemas["MeetingPerson"] = {
      {"type", "object"},
      {"required", json::array{"user_id", "name", "role", "report", "figures", "planned"}},
      {"properties",
       {{"user_id", {{"type", "integer"}}},
        {"name", {{"type", "string"}}},
        {"role", {{"type", "string"}}},
        {"report",
         {{"type", "string"},
          {"enum", json::array{"missing", "draft", "submitted", "reviewed"}},
          {"description", "Yesterday's daily report"}}},
        {"figures", Ref("MeetingFigures")},
        {"planned", {{"type", "array"}, {"items", Ref("MeetingPlannedItem")}}}}}};
  schemas["MorningMeeting"] = {
      {"type", "object"},
      {"required", json::array{"team", "teams", "date", "yesterday", "time_zone", "base_currency",
                               "people", "totals"}},
      {"properties",
       {{"team", Ref("MeetingTeam")},
        {"teams",
         {{"type", "array"},
          {"items", Ref("MeetingTeam")},
          {"description", "The teams the caller may hold the meeting of"}}},
        {"date", {{"type", "string"}, {"format", "date"}}},
        {"yesterday",
         {{"type", "string"},
          {"format", "date"},
          {"description", "The team's previous working day (decision 0059)"}}},
        {"time_zone", {{"type", "string"}}},
        {"base_currency", {{"type", "string"}}},
        {"people", {{"type", "array"}, {"items", Ref("MeetingPerson")}}},
        {"totals", Ref("MeetingFigures")}}}};
}

}  // namespace salesdesk::http
