#include "http/openapi_document.h"

#include "app/records/record_json.h"
#include "http/aggregate_response.h"
#include "http/http_module.h"
#include "http/import_schemas.h"
#include "http/openapi_schema_helpers.h"

#include <boost/json.hpp>

#include <algorithm>

namespace salesdesk::http {
namespace json = boost::json;
using schema::Integer;
using schema::OrNull;
using schema::Ref;
using schema::Strings;
using schema::With;
namespace {

using app::FieldType;

// Whether a field's value in an answer can be null: a required field never is, nor a non-nullable
// one with a default (a flag); every other field may be absent on create or cleared on update.
bool NullableInAnswers(const app::FieldSpec& f) {
  return !f.required && (f.nullable || app::IsNull(f.default_value));
}

// A field's default as the API writes the value (decimals as strings, money as an object).
json::value DefaultJson(const app::FieldSpec& f) {
  app::EntitySpec one{.plural = "defaults", .singular = "default", .fields = {f}};
  json::object answer = app::RecordToJson(one, {{std::string(f.name), f.default_value}}, true);
  const json::value* v = answer.if_contains(f.name);
  return v != nullptr ? *v : json::value(nullptr);
}

// `nullable`: the schema admits null (answers and request bodies, not query parameters).
json::object FieldSchema(const app::FieldSpec& f, bool nullable = false) {
  json::object s;
  switch (f.type) {
    case FieldType::kBool:
      s["type"] = "boolean";
      break;
    case FieldType::kInteger:
    case FieldType::kRef:
      s["type"] = "integer";
      s["format"] = "int64";
      if (f.min != INT64_MIN) s["minimum"] = f.min;
      if (f.max != INT64_MAX) s["maximum"] = f.max;
      break;
    case FieldType::kMoney:
      s["$ref"] = "#/components/schemas/Money";
      break;
    case FieldType::kDecimal:
      s["type"] = "string";
      s["pattern"] = "^-?[0-9]+(\\.[0-9]{1," + std::to_string(std::max(1, f.scale)) + "})?$";
      break;
    case FieldType::kDate:
      s["type"] = "string";
      s["format"] = "date";
      break;
    case FieldType::kTimestamp:
      s["type"] = "string";
      s["format"] = "date-time";
      break;
    case FieldType::kEmail:
      s["type"] = "string";
      s["format"] = "email";
      break;
    case FieldType::kCurrency:
      s["type"] = "string";
      s["pattern"] = "^[A-Z]{3}$";
      break;
    case FieldType::kCountry:
      s["type"] = "string";
      s["pattern"] = "^[A-Z]{2}$";
      break;
    case FieldType::kJson:
      s["type"] = json::array{"object", "array"};
      break;
    case FieldType::kEnum: {
      s["type"] = "string";
      json::array values;
      for (auto v : f.enum_values) values.emplace_back(v);
      s["enum"] = std::move(values);
      break;
    }
    case FieldType::kText:
      s["type"] = "string";
      s["maxLength"] = f.max_length;
      break;
  }
  if (!f.description.empty()) s["description"] = f.description;
  if (f.cost_sensitive) s["x-hidden-from-roles"] = json::array{"rep"};
  if (f.read_only) s["readOnly"] = true;
  // What JSON Schema cannot say, for clients that build forms and lists from this document.
  if (!f.ref_entity.empty()) s["x-salesdesk-ref"] = f.ref_entity;
  if (!f.ref_entity_from.empty()) s["x-salesdesk-ref-from"] = f.ref_entity_from;
  if (f.sortable) s["x-salesdesk-sortable"] = true;
  if (!app::IsNull(f.default_value)) s["default"] = DefaultJson(f);
  return nullable ? OrNull(std::move(s)) : s;
}

json::object EntitySchema(const app::EntitySpec& e, bool for_input) {
  json::object props;
  json::array required;
  if (!for_input) {
    // Every list sorts by id, created_at and updated_at (list_query_parser.cpp).
    props["id"] = {{"type", "integer"},
                   {"format", "int64"},
                   {"readOnly", true},
                   {"x-salesdesk-sortable", true}};
    props["version"] = {{"type", "integer"}, {"format", "int64"}, {"readOnly", true}};
    props["created_at"] = {{"type", "string"},
                           {"format", "date-time"},
                           {"readOnly", true},
                           {"x-salesdesk-sortable", true}};
    props["updated_at"] = {{"type", "string"},
                           {"format", "date-time"},
                           {"readOnly", true},
                           {"x-salesdesk-sortable", true}};
  }
  for (const auto& f : e.fields) {
    if (for_input && f.read_only) continue;
    // A request may send null to clear a nullable field (required ones cannot be cleared).
    props[f.name] = FieldSchema(f, for_input ? f.nullable && !f.required : NullableInAnswers(f));
    if (for_input && f.required) required.emplace_back(f.name);
  }
  json::object s{
      {"type", "object"}, {"properties", std::move(props)}, {"additionalProperties", false}};
  if (!required.empty()) s["required"] = std::move(required);
  return s;
}

std::string SchemaName(const app::EntitySpec& e) {
  std::string out;
  bool upper = true;
  for (char c : e.singular) {
    if (c == '_') {
      upper = true;
      continue;
    }
    out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return out;
}

constexpr const char* kXlsxMediaType =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

json::object Content(const json::object& schema, const char* type = "application/json") {
  return {{type, {{"schema", schema}}}};
}

json::object Problem(const char* description) {
  return {{"description", description},
          {"content", Content(Ref("Problem"), "application/problem+json")}};
}

// Who may read the entity's records (all of them, or their own / their team's) and who may
// write them (through the generic routes, or a document's own actions, which check the same
// policy), from the entity's role policies. Lets clients take the rights from the server: the
// web app's menus and forms are held to it by a drift test.
json::object AccessOf(const app::EntitySpec& e) {
  json::array all, scoped, write;
  for (app::Role role : app::kAllRoles) {
    auto policy = e.PolicyFor(role);
    if (!policy) continue;
    const json::string name(app::RoleName(role));
    if (policy->read == app::ReadAccess::kAll) all.push_back(name);
    if (policy->read == app::ReadAccess::kScoped) scoped.push_back(name);
    if (policy->write) write.push_back(name);
  }
  json::object out{{"read_all", std::move(all)},
                   {"read_scoped", std::move(scoped)},
                   {"write", std::move(write)}};
  // Written only through the document's own actions (no generic create/update/delete routes).
  if (e.custom_writes) out["custom_writes"] = true;
  return out;
}

json::object IfMatchParam() {
  return {
      {"name", "If-Match"}, {"in", "header"}, {"required", true}, {"schema", {{"type", "string"}}}};
}

json::object IdempotencyKeyParam() {
  return {{"name", "Idempotency-Key"},
          {"in", "header"},
          {"required", false},
          {"schema", {{"type", "string"}, {"maxLength", 255}}}};
}

json::object Operation(const Route& r) {
  json::object op{{"operationId", r.operation_id},
                  {"summary", r.summary},
                  {"tags", json::array{json::value(r.tag)}}};
  if (r.entity != nullptr) op["x-salesdesk-access"] = AccessOf(*r.entity);
  json::array params;
  if (r.pattern.find("{id}") != std::string::npos) {
    params.push_back({{"name", "id"},
                      {"in", "path"},
                      {"required", true},
                      {"schema", {{"type", "integer"}, {"minimum", 1}}}});
  }
  json::object responses;
  const std::string status = std::to_string(r.success_status);
  // Record routes describe themselves from their entity; custom routes name their bodies (an
  // entity on a custom route only says whose access applies and, without a response schema,
  // that the answer is that record).
  if (r.entity != nullptr && r.kind != RouteKind::kCustom) {
    const std::string name = SchemaName(*r.entity);
    switch (r.kind) {
      case RouteKind::kExport:
        params.push_back({{"name", "format"},
                          {"in", "query"},
                          {"required", false},
                          {"schema", {{"type", "string"}, {"enum", {"csv", "xlsx"}}}}});
        [[fallthrough]];
      case RouteKind::kList:
        for (const char* p : {"limit", "offset", "sort", "q", "after"}) {
          if (r.kind == RouteKind::kExport && p[0] != 's' && p[0] != 'q') continue;
          params.push_back(
              {{"name", p},
               {"in", "query"},
               {"required", false},
               {"schema",
                {{"type", std::string(p) == "limit" || std::string(p) == "offset" ? "integer"
                                                                                  : "string"}}}});
        }
        params.push_back(
            {{"name", "count"},
             {"in", "query"},
             {"required", false},
             {"description",
              "exact: include the total; default exact for offset pages, none "
              "with after"},
             {"schema", {{"type", "string"}, {"enum", json::array{"exact", "none"}}}}});
        params.push_back({{"name", "id__in"},
                          {"in", "query"},
                          {"required", false},
                          {"description", "Only these ids (comma-separated, at most 100)"},
                          {"schema", {{"type", "string"}}}});
        for (const auto& f : r.entity->fields) {
          if (!f.filterable) continue;
          params.push_back({{"name", f.name},
                            {"in", "query"},
                            {"required", false},
                            {"description", "Filter; also " + std::string(f.name) +
                                                "__ne/__lt/__lte/__gt/__gte/__in/__null"},
                            {"schema", FieldSchema(f)}});
        }
        if (r.kind == RouteKind::kExport) {
          json::object files;
          for (const char* type : {"text/csv", kXlsxMediaType}) {
            files[type] = {{"schema", {{"type", "string"}, {"contentMediaType", type}}}};
          }
          responses[status] = {{"description", "Every row the list shows, as a file (chunked)"},
                               {"content", std::move(files)}};
          break;
        }
        responses[status] = {
            {"description",
             "One page; the total when counted; next: the after cursor of the following page"},
            {"content",
             Content({{"type", "object"},
                      {"required", json::array{"items", "limit", "offset", "has_more", "next"}},
                      {"properties",
                       {{"items", {{"type", "array"}, {"items", Ref(name)}}},
                        {"total", {{"type", "integer"}}},
                        {"limit", {{"type", "integer"}}},
                        {"offset", {{"type", "integer"}}},
                        {"has_more", {{"type", "boolean"}}},
                        {"next", {{"type", json::array{"string", "null"}}}}}}})}};
        break;
      case RouteKind::kAggregate:  // http/aggregate_response.cpp
        for (auto& p : AggregateParameters(*r.entity)) params.push_back(std::move(p));
        responses[status] = {{"description", "Counts and measures per group"},
                             {"content", Content(Ref("AggregateResult"))}};
        break;
      case RouteKind::kCreate:
        params.push_back(IdempotencyKeyParam());
        op["requestBody"] = {{"required", true}, {"content", Content(Ref(name + "Input"))}};
        responses[status] = {{"description", "Created"}, {"content", Content(Ref(name))}};
        break;
      case RouteKind::kUpdate:
        params.push_back(IfMatchParam());
        op["requestBody"] = {{"required", true}, {"content", Content(Ref(name + "Input"))}};
        responses[status] = {{"description", "Updated"}, {"content", Content(Ref(name))}};
        responses["412"] = Problem("Changed by someone else since it was read");
        responses["428"] = Problem("If-Match missing");
        break;
      case RouteKind::kDelete:
        params.push_back(IfMatchParam());
        responses[status] = {{"description", "Deleted"}};
        break;
      default:
        responses[status] = {{"description", "The record"}, {"content", Content(Ref(name))}};
    }
  } else {
    if (r.raw_body) op["requestBody"] = ImportUploadBody();
    if (!r.request_schema.empty()) {
      op["requestBody"] = {{"required", true}, {"content", Content(Ref(r.request_schema))}};
    }
    if (!r.response_media_type.empty()) {
      responses[status] = {
          {"description", "OK"},
          {"content", Content({{"type", "string"}, {"contentMediaType", r.response_media_type}},
                              r.response_media_type.c_str())}};
    } else {
      const std::string body = !r.response_schema.empty() ? r.response_schema
                               : r.entity != nullptr && r.success_status != 204
                                   ? SchemaName(*r.entity)
                                   : std::string();
      responses[status] =
          body.empty() ? json::object{{"description", "Done"}}
                       : json::object{{"description", "OK"}, {"content", Content(Ref(body))}};
    }
  }
  if (r.slow) {
    responses["503"] = Problem("Too many password checks at once; retry after Retry-After seconds");
  }
  if (r.if_match) {
    params.push_back(IfMatchParam());
    responses["412"] = Problem("Changed by someone else since it was read");
    responses["428"] = Problem("If-Match missing");
  }
  if (r.idempotent) params.push_back(IdempotencyKeyParam());
  if (!params.empty()) op["parameters"] = std::move(params);
  responses["4XX"] = Problem("A client error, with the field and how to fix it");
  op["responses"] = std::move(responses);
  if (!r.requires_auth) op["security"] = json::array{};
  return op;
}

}  // namespace

std::string BuildOpenApiDocument(const std::vector<Route>& routes) {
  json::object paths;
  json::object schemas;
  for (const auto& r : routes) {
    std::string method = r.method;
    for (auto& c : method) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    json::value& item = paths[r.pattern];
    if (!item.is_object()) item = json::object{};
    item.as_object()[method] = Operation(r);
    if (r.entity != nullptr) {
      schemas[SchemaName(*r.entity)] = EntitySchema(*r.entity, false);
      schemas[SchemaName(*r.entity) + "Input"] = EntitySchema(*r.entity, true);
    }
  }
  schemas["Money"] = {{"type", "object"},
                      {"required", json::array{"amount", "currency"}},
                      {"properties",
                       {{"amount", {{"type", "string"}, {"examples", json::array{"12.30"}}}},
                        {"currency", {{"type", "string"}, {"pattern", "^[A-Z]{3}$"}}}}}};
  schemas["AggregateResult"] = AggregateResultSchema();
  schemas["Problem"] = {
      {"type", "object"},
      {"required", json::array{"type", "title", "status"}},
      {"properties",
       {{"type", {{"type", "string"}}},
        {"title", {{"type", "string"}}},
        {"status", {{"type", "integer"}}},
        {"detail", {{"type", "string"}}},
        {"field", {{"type", "string"}}},
        {"code", {{"type", "string"}, {"description", "stable message code, e.g. field.required"}}},
        {"params", {{"type", "object"}, {"additionalProperties", {{"type", "string"}}}}},
        {"errors",
         {{"type", "array"},
          {"items",
           {{"type", "object"},
            {"properties",
             {{"field", {{"type", "string"}}},
              {"detail", {{"type", "string"}}},
              {"code", {{"type", "string"}}},
              {"params",
               {{"type", "object"}, {"additionalProperties", {{"type", "string"}}}}}}}}}}}}}};
  schemas["LoginRequest"] = Strings({"email", "password"});
  // Who is signed in; csrf_token only for a cookie session (bearer tokens need none).
  json::array roles;
  for (app::Role role : app::kAllRoles) roles.emplace_back(app::RoleName(role));
  schemas["Me"] = With(Strings({"name", "email", "csrf_token"}),
                       {{"id", Integer()}, {"role", {{"type", "string"}, {"enum", roles}}}},
                       {"id", "name", "email", "role"});
  schemas["LoginResponse"] =
      With(Strings({"csrf_token"}),
           {{"user", Ref("Me")}, {"expires_at", {{"type", "string"}, {"format", "date-time"}}}},
           {"user", "csrf_token", "expires_at"});
  schemas["TokenRequest"] =
      With(Strings({"label"}), {{"ttl_days", {{"type", "integer"}, {"minimum", 1}}}}, {"label"});
  schemas["TokenResponse"] =
      With(Strings({"token"}), {{"ttl_days", Integer()}}, {"token", "ttl_days"});
  schemas["PasswordRequest"] = Strings({"password"});
  schemas["PasswordChangeRequest"] = Strings({"current_password", "password"});
  schemas["Health"] = Strings({"status", "database"});
  schemas["OpenApi"] = {{"type", "object"}};
  AddImportSchemas(schemas);
  for (const HttpModule* m : InstalledHttpModules()) {
    if (m->add_schemas != nullptr) m->add_schemas(schemas);
  }

  json::object doc{
      {"openapi", "3.1.0"},
      {"info",
       {{"title", "Salesdesk API"},
        {"version", "1.0.0"},
        {"description",
         "Sales management: accounts, contacts, products, people, "
         "pricing and more. Errors are RFC 9457 problem bodies."}}},
      {"servers", json::array{json::object{{"url", "/"}}}},
      {"paths", std::move(paths)},
      {"components",
       {{"schemas", std::move(schemas)},
        {"securitySchemes",
         {{"bearer", {{"type", "http"}, {"scheme", "bearer"}}},
          {"session", {{"type", "apiKey"}, {"in", "cookie"}, {"name", "sd_session"}}}}}}},
      {"security", json::array{json::object{{"bearer", json::array{}}},
                               json::object{{"session", json::array{}}}}}};
  return json::serialize(doc);
}

}  // namespace salesdesk::http
