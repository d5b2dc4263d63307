// The mail module's own bodies: the quote e-mail request and the issued calendar feed.
#include "http/openapi_schema_helpers.h"
#include "modules/mail/http/mail_http_module.h"

namespace salesdesk::http {
namespace json = boost::json;

void AddMailSchemas(json::object& schemas) {
  const json::object address{{"type", "string"}, {"format", "email"}, {"maxLength", 254}};
  const json::object list{{"type", "array"}, {"maxItems", 10}, {"items", address}};
  const json::object joined{{"type", "string"}, {"description", "comma-separated addresses"}};
  json::object properties{
      {"to", address},
      {"cc", {{"anyOf", json::array{list, joined}}}},
      {"subject", {{"type", "string"}, {"maxLength", 200}}},
      {"message",
       {{"type", "string"},
        {"maxLength", 4000},
        {"description", "The e-mail's text; default: one line saying the quote is attached"}}}};
  schemas["QuoteEmailRequest"] = {
      {"type", "object"}, {"additionalProperties", false}, {"properties", std::move(properties)}};
  const json::object date{{"type", "string"}, {"format", "date"}};
  schemas["CalendarWeekPerson"] = {
      {"type", "object"},
      {"required", json::array{"user_id", "name", "activities", "tasks"}},
      {"additionalProperties", false},
      {"properties",
       {{"user_id", {{"type", "integer"}}},
        {"name", {{"type", "string"}}},
        {"activities", {{"type", "array"}, {"items", schema::Ref("Activity")}}},
        {"tasks", {{"type", "array"}, {"items", schema::Ref("Task")}}}}}};
  schemas["CalendarWeek"] = {
      {"type", "object"},
      {"required", json::array{"from", "to", "people"}},
      {"additionalProperties", false},
      {"properties",
       {{"from", date},
        {"to", date},
        {"people", {{"type", "array"}, {"items", schema::Ref("CalendarWeekPerson")}}}}}};
  schemas["IssuedCalendarFeed"] = {
      {"type", "object"},
      {"required", json::array{"path", "token"}},
      {"additionalProperties", false},
      {"properties",
       {{"path",
         {{"type", "string"},
          {"description", "The feed's URL path with its secret; subscribe to it in a calendar"}}},
        {"token", {{"type", "string"}, {"description", "The secret, shown this once"}}}}}};
  // POST /dunning-runs/{id}/send (decision 0049).
  const json::object integer{{"type", "integer"}};
  const json::object queued{
      {"type", "object"},
      {"required", json::array{"account_id", "claim_id", "outbox_message_id"}},
      {"additionalProperties", false},
      {"properties",
       {{"account_id", integer}, {"claim_id", integer}, {"outbox_message_id", integer}}}};
  const json::object skipped{
      {"type", "object"},
      {"required", json::array{"account_id", "claim_id", "reason"}},
      {"additionalProperties", false},
      {"properties",
       {{"account_id", integer},
        {"claim_id", integer},
        {"reason", {{"type", "string"}, {"enum", json::array{"no_email", "already_sent"}}}}}}};
  schemas["DunningRunSent"] = {{"type", "object"},
                               {"required", json::array{"run_id", "queued", "skipped"}},
                               {"additionalProperties", false},
                               {"properties",
                                {{"run_id", integer},
                                 {"queued", {{"type", "array"}, {"items", queued}}},
                                 {"skipped", {{"type", "array"}, {"items", skipped}}}}}};
  // GET /dunning-runs/{id}/letters (decision 0068).
  const json::object text{{"type", "string"}};
  const json::object letter{
      {"type", "object"},
      {"required", json::array{"account_id", "claim_id", "level", "delivery", "outbox_message_id",
                               "to_address", "attempts", "last_error", "sent_at"}},
      {"additionalProperties", false},
      {"properties",
       {{"account_id", integer},
        {"claim_id", integer},
        {"level", integer},
        {"delivery",
         {{"type", "string"}, {"enum", json::array{"delivered", "waiting", "failed", "not_sent"}}}},
        {"outbox_message_id", schema::OrNull(integer)},
        {"to_address", schema::OrNull(text)},
        {"attempts", integer},
        {"last_error", schema::OrNull(text)},
        {"sent_at", schema::OrNull({{"type", "string"}, {"format", "date-time"}})}}}};
  json::object counts{
      {"type", "object"},
      {"required", json::array{"delivered", "waiting", "failed", "not_sent"}},
      {"additionalProperties", false},
      {"properties",
       {{"delivered", integer}, {"waiting", integer}, {"failed", integer}, {"not_sent", integer}}}};
  schemas["DunningRunLetters"] = {{"type", "object"},
                                  {"required", json::array{"run_id", "counts", "letters"}},
                                  {"additionalProperties", false},
                                  {"properties",
                                   {{"run_id", integer},
                                    {"counts", std::move(counts)},
                                    {"letters", {{"type", "array"}, {"items", letter}}}}}};
}

}  // namespace salesdesk::http
