#include "http/import_schemas.h"

#include <boost/json/array.hpp>

namespace salesdesk::http {
namespace {

namespace json = boost::json;

json::object Type(const char* t) { return {{"type", t}}; }
json::object ArrayOf(json::object items) {
  return {{"type", "array"}, {"items", std::move(items)}};
}
json::object Nullable(const char* t) { return {{"type", json::array{t, "null"}}}; }

json::object Issue() {
  return {{"type", "object"},
          {"required", json::array{"row", "column", "field", "code", "message"}},
          {"properties",
           {{"row", Type("integer")},
            {"column", Type("string")},
            {"field", Type("string")},
            {"code", Type("string")},
            {"message", Type("string")},
            {"params", {{"type", "object"}, {"additionalProperties", Type("string")}}}}}};
}

}  // namespace

void AddImportSchemas(json::object& schemas) {
  schemas["ImportRowIssue"] = Issue();
  schemas["Import"] = {
      {"type", "object"},
      {"required",
       json::array{"id", "entity", "format", "status", "columns", "targets", "preview", "mapping",
                   "mapping_remembered", "rows_total", "rows_done", "rows_created", "rows_replayed",
                   "rows_failed", "errors", "errors_total", "progress_at", "failure", "dry_run"}},
      {"properties",
       {{"id", Type("integer")},
        {"entity", Type("string")},
        {"format", {{"type", "string"}, {"enum", json::array{"csv", "xlsx"}}}},
        {"status",
         {{"type", "string"}, {"enum", json::array{"uploaded", "running", "done", "failed"}}}},
        {"columns", ArrayOf(Type("string"))},
        {"targets", ArrayOf(Type("string"))},
        {"preview", ArrayOf(ArrayOf(Type("string")))},
        {"mapping", {{"type", "object"}, {"additionalProperties", Type("string")}}},
        {"mapping_remembered", Type("boolean")},
        {"rows_total", Type("integer")},
        {"rows_done", Type("integer")},
        {"rows_created", Type("integer")},
        {"rows_replayed", Type("integer")},
        {"rows_failed", Type("integer")},
        {"errors", ArrayOf({{"$ref", "#/components/schemas/ImportRowIssue"}})},
        {"errors_total", Type("integer")},
        {"progress_at", {{"type", json::array{"string", "null"}}, {"format", "date-time"}}},
        {"failure", Nullable("string")},
        {"dry_run",
         {{"type", json::array{"object", "null"}},
          {"description", "The last dry run's counts (null before one, or after a new mapping)"},
          {"properties",
           {{"rows_total", Type("integer")},
            {"rows_ok", Type("integer")},
            {"rows_bad", Type("integer")},
            {"errors_total", Type("integer")}}}}}}}};
  schemas["ImportMappingRequest"] = {
      {"type", "object"},
      {"required", json::array{"mapping"}},
      {"properties",
       {{"mapping",
         {{"type", "object"},
          {"description", "column -> field (or <money>_amount / <money>_currency); null skips"},
          {"additionalProperties", Nullable("string")}}}}}};
  schemas["ImportDryRun"] = {
      {"type", "object"},
      {"required", json::array{"rows_total", "rows_ok", "rows_bad", "errors", "errors_total",
                               "duplicates", "duplicates_checked"}},
      {"properties",
       {{"rows_total", Type("integer")},
        {"rows_ok", Type("integer")},
        {"rows_bad", Type("integer")},
        {"errors", ArrayOf({{"$ref", "#/components/schemas/ImportRowIssue"}})},
        {"errors_total", Type("integer")},
        {"duplicates",
         {{"type", "array"},
          {"description",
           "Good rows that look like records already there (accounts and leads), with the "
           "candidates the caller may see and why they match, or like earlier rows of the same "
           "file (same_file: every good row is compared)"},
          {"items",
           {{"type", "object"},
            {"required", json::array{"row", "matches", "same_file"}},
            {"properties",
             {{"row", Type("integer")},
              {"same_file",
               ArrayOf({{"type", "object"},
                        {"required", json::array{"row", "matched"}},
                        {"properties",
                         {{"row", Type("integer")}, {"matched", ArrayOf(Type("string"))}}}})},
              {"matches", ArrayOf({{"type", "object"},
                                   {"required", json::array{"entity", "id", "label", "matched"}},
                                   {"properties",
                                    {{"entity", Type("string")},
                                     {"id", Type("integer")},
                                     {"label", Type("string")},
                                     {"matched", ArrayOf(Type("string"))}}}})}}}}}}},
        {"duplicates_checked",
         {{"type", "integer"},
          {"description", "Good rows checked for duplicates (at most 2,000)"}}}}}};
}

json::object ImportUploadBody() {
  const json::object file{{"type", "string"}, {"contentMediaType", "application/octet-stream"}};
  return {
      {"required", true},
      {"content",
       {{"text/csv", {{"schema", {{"type", "string"}}}}},
        {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", {{"schema", file}}},
        {"multipart/form-data",
         {{"schema",
           {{"type", "object"},
            {"required", json::array{"file"}},
            {"properties", {{"file", file}}}}}}}}}};
}

}  // namespace salesdesk::http
