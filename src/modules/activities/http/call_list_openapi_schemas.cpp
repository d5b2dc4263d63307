// The call-list routes' request and answer bodies beside the generic CallList and CallListEntry
// schemas.
#include "http/openapi_schema_helpers.h"
#include "modules/activities/http/activities_http_module.h"

namespace salesdesk::http {
namespace json = boost::json;
using schema::OrNull;
using schema::Ref;

void AddCallListSchemas(json::object& schemas) {
  schemas["CallListRequest"] = {
      {"type", "object"},
      {"required", json::array{"name"}},
      {"properties",
       {{"name", {{"type", "string"}, {"maxLength", 120}}},
        {"saved_view_id",
         {{"type", "integer"},
          {"description", "One of your saved views of accounts, contacts or leads"}}},
        {"entity",
         {{"type", "string"},
          {"enum", json::array{"accounts", "contacts", "leads"}},
          {"description", "Instead of a saved view: the list, with query"}}},
        {"query",
         {{"type", "string"},
          {"description",
           "The list's query string (filters, q, sort), e.g. lifecycle=prospect"}}}}},
      {"additionalProperties", false}};
  schemas["CallListHandOver"] = {
      {"type", "object"},
      {"required", json::array{"owner_id"}},
      {"properties",
       {{"owner_id",
         {{"type", "integer"},
          {"minimum", 1},
          {"description", "Who takes the list over: someone you lead, active"}}}}},
      {"additionalProperties", false}};
  schemas["CallLog"] = {
      {"type", "object"},
      {"required", json::array{"outcome"}},
      {"properties",
       {{"outcome",
         {{"type", "string"},
          {"enum", json::array{"reached", "no_answer", "voicemail", "busy", "wrong_number"}}}},
        {"duration_minutes", OrNull({{"type", "integer"}, {"minimum", 0}, {"maximum", 1440}})},
        {"note", OrNull({{"type", "string"}, {"maxLength", 8000}})},
        {"next_call_on", OrNull({{"type", "string"},
                                 {"format", "date"},
                                 {"description", "When to call again: today or later"}})}}},
      {"additionalProperties", false}};
  schemas["LoggedCall"] = {
      {"type", "object"},
      {"required", json::array{"entry", "activity"}},
      {"properties", {{"entry", Ref("CallListEntry")}, {"activity", Ref("Activity")}}}};
  schemas["NextCall"] = {
      {"type", "object"},
      {"required", json::array{"list", "entry"}},
      {"properties", {{"list", Ref("CallList")}, {"entry", OrNull(Ref("CallListEntry"))}}}};
  schemas["RebuiltCallList"] = {
      {"type", "object"},
      {"required", json::array{"list", "added", "dropped", "refreshed", "kept", "from_view"}},
      {"properties",
       {{"list", Ref("CallList")},
        {"added", {{"type", "integer"}, {"description", "Records new to the list, appended"}}},
        {"dropped",
         {{"type", "integer"},
          {"description", "Pending entries the view no longer lists: kept, marked dropped"}}},
        {"refreshed",
         {{"type", "integer"},
          {"description", "Pending entries still listed whose name or phone changed"}}},
        {"kept", {{"type", "integer"}, {"description", "Pending entries still listed"}}},
        {"from_view",
         {{"type", "boolean"},
          {"description",
           "Read from the saved view as it is now; false: its view is gone, so the query the "
           "list was last built with"}}}}}};
  schemas["PersonCallStats"] = {
      {"type", "object"},
      {"required", json::array{"owner_id", "calls", "connected", "contact_rate_bp",
                               "calling_minutes", "calls_per_hour_centi"}},
      {"properties",
       {{"owner_id", {{"type", "integer"}}},
        {"calls", {{"type", "integer"}, {"description", "Done calls"}}},
        {"connected", {{"type", "integer"}, {"description", "Done calls with outcome reached"}}},
        {"contact_rate_bp",
         OrNull({{"type", "integer"}, {"description", "connected ÷ calls, basis points"}})},
        {"calling_minutes",
         {{"type", "integer"},
          {"description",
           "Per day, from the start of the first call to the end of the last, summed"}}},
        {"calls_per_hour_centi",
         OrNull({{"type", "integer"},
                 {"description", "calls ÷ calling hours, in hundredths (1234 = 12.34)"}})}}}};
  schemas["CallStats"] = {{"type", "object"},
                          {"required", json::array{"from", "to", "people"}},
                          {"properties",
                           {{"from", {{"type", "string"}, {"format", "date"}}},
                            {"to", {{"type", "string"}, {"format", "date"}}},
                            {"people", {{"type", "array"}, {"items", Ref("PersonCallStats")}}}}}};
}

}  // namespace salesdesk::http
