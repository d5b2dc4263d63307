// The leads' HTTP part: the conversion action and the duplicate check (reads and edits of leads
// and assignment rules are the generic record routes).
#include <algorithm>

#include "app/access/access_policy.h"
#include "app/records/record_json.h"
#include "http/error_response.h"
#include "http/http_module.h"
#include "http/idempotency_header.h"
#include "http/if_match.h"
#include "http/json_response.h"
#include "http/simple_body.h"
#include "modules/leads/app/duplicate_check.h"
#include "modules/leads/app/lead_conversion.h"
#include "modules/leads/app/record_merge.h"

namespace salesdesk::http {
namespace {

namespace json = boost::json;
using modules::leads::ConvertRequest;
using modules::leads::LeadConversion;

// The fields of the optional opportunity the conversion itself fills in.
constexpr std::string_view kSetByConversion[] = {"account_id", "contact_id", "lead_id"};

// An opportunity to open with the conversion, as POST /opportunities takes it (the pipeline
// module's entity, found in the catalogue: without that module the member is refused).
core::Result<std::optional<app::Record>> DecodeOpportunity(const json::value& value) {
  const app::EntitySpec* deals = app::FindEntity("opportunities");
  if (deals == nullptr) {
    return core::Error::Invalid("opportunity",
                                core::Msg("reference.kind_not_installed",
                                          {{"field", "opportunity"}, {"kind", "opportunities"}}));
  }
  if (!value.is_object()) {
    return core::Error::Invalid("opportunity",
                                core::Msg("field.not_json", {{"field", "opportunity"}}));
  }
  for (auto name : kSetByConversion) {
    if (value.as_object().contains(name)) {
      const std::string path = "opportunity." + std::string(name);
      return core::Error::Invalid(path, core::Msg("field.read_only", {{"field", path}}));
    }
  }
  // The account is the conversion's to set; a stand-in lets the strict create decoding check
  // every other field (required ones included). The service replaces it.
  json::object body = value.as_object();
  body["account_id"] = 1;
  auto decoded = app::DecodeRecordObject(*deals, body, app::DecodeMode::kCreate);
  if (!decoded.ok()) return modules::leads::InOpportunity(std::move(decoded).error());
  return std::optional<app::Record>(std::move(decoded).value());
}

core::Result<ConvertRequest> DecodeConvert(std::string_view body) {
  ConvertRequest out;
  if (body.find_first_not_of(" \t\r\n") == std::string_view::npos) return out;
  SD_ASSIGN(json::object object, app::ParseBodyObject(body));
  for (const auto& [key, value] : object) {
    if (key == "account_id") {
      if (!value.is_int64() || value.as_int64() <= 0) {
        return core::Error::Invalid("account_id",
                                    core::Msg("field.not_an_id", {{"field", "account_id"}}));
      }
      out.account_id = value.as_int64();
    } else if (key == "kind") {
      if (!value.is_string() || (value.as_string() != "company" && value.as_string() != "person")) {
        return core::Error::Invalid(
            "kind",
            core::Msg("field.not_in_enum", {{"field", "kind"}, {"values", "company, person"}}));
      }
      out.kind = std::string(value.as_string());
    } else if (key == "currency") {
      if (!value.is_string()) {
        return core::Error::Invalid("currency",
                                    core::Msg("field.not_string", {{"field", "currency"}}));
      }
      out.currency = std::string(value.as_string());
    } else if (key == "opportunity") {
      SD_ASSIGN(out.opportunity, DecodeOpportunity(value));
    } else {
      return core::Error::Invalid(
          std::string(key),
          core::Msg("field.unknown", {{"field", std::string(key)}, {"entity", "LeadConversion"}}));
    }
  }
  if (out.account_id && (!out.kind.empty() || !out.currency.empty())) {
    return core::Error::Invalid(out.kind.empty() ? "currency" : "kind",
                                core::Msg("lead.convert_existing_account_only"));
  }
  return out;
}

// The form fields a check reads; others in `fields` (the rest of the form) are ignored.
constexpr std::string_view kCheckedFields[] = {"name",       "legal_name", "tax_id", "company",
                                               "first_name", "last_name",  "vat_id", "email",
                                               "phone",      "website",    "country"};

// The kinds of record the duplicate check and the merge work on.
core::Result<std::string> DecodeDuplicateEntity(const json::value& value) {
  if (!value.is_string() || (value.as_string() != "accounts" && value.as_string() != "leads")) {
    return core::Error::Invalid(
        "entity",
        core::Msg("field.not_in_enum", {{"field", "entity"}, {"values", "accounts, leads"}}));
  }
  return std::string(value.as_string());
}

core::Result<modules::leads::DuplicateCheckRequest> DecodeCheck(std::string_view body) {
  SD_ASSIGN(json::object object, app::ParseBodyObject(body));
  modules::leads::DuplicateCheckRequest r;
  for (const auto& [key, value] : object) {
    if (key == "entity") {
      SD_ASSIGN(r.entity, DecodeDuplicateEntity(value));
    } else if (key == "id") {
      if (value.is_null()) continue;
      if (!value.is_int64() || value.as_int64() <= 0) {
        return core::Error::Invalid("id", core::Msg("field.not_an_id", {{"field", "id"}}));
      }
      r.id = value.as_int64();
    } else if (key == "fields") {
      if (!value.is_object()) {
        return core::Error::Invalid("fields", core::Msg("field.not_json", {{"field", "fields"}}));
      }
      for (const auto& [name, v] : value.as_object()) {
        if (std::find(std::begin(kCheckedFields), std::end(kCheckedFields), name) ==
                std::end(kCheckedFields) ||
            v.is_null()) {
          continue;
        }
        const std::string path = "fields." + std::string(name);
        if (!v.is_string()) {
          return core::Error::Invalid(path, core::Msg("field.not_string", {{"field", path}}));
        }
        r.fields[std::string(name)] = std::string(v.as_string());
      }
    } else {
      return core::Error::Invalid(
          std::string(key),
          core::Msg("field.unknown", {{"field", std::string(key)}, {"entity", "DuplicateCheck"}}));
    }
  }
  if (r.entity.empty()) {
    return core::Error::Invalid("entity", core::Msg("field.required", {{"field", "entity"}}));
  }
  return r;
}

json::object CheckJson(const app::Caller& caller,
                       const modules::leads::DuplicateCheckResult& result) {
  json::array candidates;
  for (const auto& c : result.candidates) {
    const app::EntitySpec& e = *app::FindEntity(c.entity);
    json::array matched;
    for (const auto& m : c.matched) matched.emplace_back(m);
    candidates.push_back(
        json::object{{"entity", c.entity},
                     {"id", app::RecordId(c.record)},
                     {"matched", std::move(matched)},
                     {"record", app::RecordToJson(e, c.record, app::SeesCost(caller))}});
  }
  return json::object{{"candidates", std::move(candidates)},
                      {"hidden_matches", result.hidden_matches}};
}

core::Result<modules::leads::MergeRequest> DecodeMerge(std::string_view body) {
  SD_ASSIGN(json::object object, app::ParseBodyObject(body));
  modules::leads::MergeRequest r;
  for (const auto& [key, value] : object) {
    if (key == "entity") {
      SD_ASSIGN(r.entity, DecodeDuplicateEntity(value));
    } else if (key == "keep_id" || key == "merge_id") {
      if (!value.is_int64() || value.as_int64() <= 0) {
        return core::Error::Invalid(std::string(key),
                                    core::Msg("field.not_an_id", {{"field", std::string(key)}}));
      }
      (key == "keep_id" ? r.keep_id : r.merge_id) = value.as_int64();
    } else {
      return core::Error::Invalid(
          std::string(key),
          core::Msg("field.unknown", {{"field", std::string(key)}, {"entity", "RecordMerge"}}));
    }
  }
  for (auto [name, present] :
       {std::pair{"entity", !r.entity.empty()}, std::pair{"keep_id", r.keep_id != 0},
        std::pair{"merge_id", r.merge_id != 0}}) {
    if (!present) return core::Error::Invalid(name, core::Msg("field.required", {{"field", name}}));
  }
  return r;
}

void AddMergeRoutes(ModuleHost& host) {
  auto& merges = host.Keep<modules::leads::RecordMerges>(host.store(), host.clock());
  const app::EntitySpec* spec = app::FindEntity("record-merges");
  auto render = [spec](const app::Caller& caller, const app::Record& row, int status) {
    Response r = JsonResponse(status, app::RecordToJson(*spec, row, app::SeesCost(caller)));
    r.headers.emplace_back("ETag", ETagFor(app::RecordVersion(row)));
    return r;
  };
  Route& merge = host.Add(
      {"POST", "/api/v1/record-merges", "merge_records",
       "Merge two accounts or two leads you can see and may change: everything that refers to "
       "merge_id moves to keep_id, keep_id's empty fields take merge_id's values, merge_id is "
       "deleted. Undo within a day with POST /record-merges/{id}/undo",
       std::string(spec->title), true, RouteKind::kCustom, spec, "RecordMergeRequest",
       "RecordMerge", 201, [&merges, spec, render](RouteContext& c) {
         auto request = DecodeMerge(c.request.body);
         if (!request.ok()) return ErrorToResponse(request.error());
         return CreateOnce<app::Record>(
             c.request, [&](const app::Record& row) { return render(*c.caller, row, 201); },
             [](const app::Record& row) {
               return "/api/v1/record-merges/" + std::to_string(app::RecordId(row));
             },
             [&](const app::IdempotencyRequest* key, const app::Renderer<app::Record>& r) {
               return merges.Merge(*c.caller, *request, key, r);
             });
       }});
  merge.idempotent = true;
  host.Add({"POST", "/api/v1/record-merges/{id}/undo", "undo_record_merge",
            "Undo a merge made less than a day ago: the merged record returns under its id, the "
            "records moved go back, the kept record's filled fields are emptied again",
            std::string(spec->title), true, RouteKind::kCustom, spec, "", "RecordMerge", 200,
            [&merges, render](RouteContext& c) {
              auto undone = merges.Undo(*c.caller, c.ids[0]);
              if (!undone.ok()) return ErrorToResponse(undone.error());
              return render(*c.caller, *undone, 200);
            }});
}

void AddRoutes(ModuleHost& host) {
  AddMergeRoutes(host);
  app::Store& store = host.store();
  host.Add({"POST", "/api/v1/duplicate-checks", "check_duplicates",
            "The accounts and leads that look like the given account or lead (same normalised "
            "name, VAT id, e-mail or website domain, or phone): those you can see, strongest "
            "match first, and how many more match that you cannot see. Creates nothing",
            "Leads", true, RouteKind::kCustom, nullptr, "DuplicateCheck", "DuplicateCheckResult",
            200, [&store](RouteContext& c) {
              auto request = DecodeCheck(c.request.body);
              if (!request.ok()) return ErrorToResponse(request.error());
              auto result = modules::leads::CheckDuplicates(store, *c.caller, *request);
              if (!result.ok()) return ErrorToResponse(result.error());
              return JsonResponse(200, CheckJson(*c.caller, *result));
            }});

  auto& conversion = host.Keep<LeadConversion>(host.store(), host.clock());
  const app::EntitySpec* leads = app::FindEntity("leads");
  Route& convert = host.Add(
      {"POST", "/api/v1/leads/{id}/convert", "convert_lead",
       "Convert a qualified lead into a new account (or onto account_id, an account you can see) "
       "and a contact for its person; the lead becomes converted and read-only (If-Match: the "
       "lead's version)",
       std::string(leads->title), true, RouteKind::kCustom, leads, "LeadConversion", "Lead", 200,
       [&conversion, leads](RouteContext& c) {
         auto version = IfMatchVersion(c.request);
         if (!version.ok()) return ErrorToResponse(version.error());
         auto request = DecodeConvert(c.request.body);
         if (!request.ok()) return ErrorToResponse(request.error());
         return CreateOnce<app::Record>(
             c.request,
             [&](const app::Record& lead) {
               Response r =
                   JsonResponse(200, app::RecordToJson(*leads, lead, app::SeesCost(*c.caller)));
               r.headers.emplace_back("ETag", ETagFor(app::RecordVersion(lead)));
               return r;
             },
             [](const app::Record& lead) {
               return "/api/v1/accounts/" +
                      std::to_string(std::get<std::int64_t>(lead.at("converted_account_id")));
             },
             [&](const app::IdempotencyRequest* key, const app::Renderer<app::Record>& render) {
               return conversion.Convert(*c.caller, c.ids[0], *version, *request, key, render);
             });
       }});
  convert.if_match = true;
  convert.idempotent = true;
}

void AddSchemas(json::object& schemas) {
  schemas["RecordMergeRequest"] = {
      {"type", "object"},
      {"required", json::array{"entity", "keep_id", "merge_id"}},
      {"properties",
       {{"entity", {{"type", "string"}, {"enum", json::array{"accounts", "leads"}}}},
        {"keep_id", {{"type", "integer"}, {"description", "The record that stays"}}},
        {"merge_id",
         {{"type", "integer"}, {"description", "The record merged into it and deleted"}}}}}};
  json::object checked;
  for (auto name : kCheckedFields) checked[name] = {{"type", json::array{"string", "null"}}};
  schemas["DuplicateCheck"] = {
      {"type", "object"},
      {"required", json::array{"entity"}},
      {"properties",
       {{"entity",
         {{"type", "string"},
          {"enum", json::array{"accounts", "leads"}},
          {"description", "What the fields describe"}}},
        {"id",
         {{"type", json::array{"integer", "null"}},
          {"description", "The record being edited: never its own duplicate"}}},
        {"fields",
         {{"type", "object"},
          {"description", "The form's fields; those not listed are ignored"},
          {"properties", std::move(checked)}}}}}};
  schemas["DuplicateCheckResult"] = {
      {"type", "object"},
      {"required", json::array{"candidates", "hidden_matches"}},
      {"properties",
       {{"candidates",
         {{"type", "array"},
          {"items",
           {{"type", "object"},
            {"required", json::array{"entity", "id", "matched", "record"}},
            {"properties",
             {{"entity", {{"type", "string"}, {"enum", json::array{"accounts", "leads"}}}},
              {"id", {{"type", "integer"}}},
              {"matched",
               {{"type", "array"},
                {"items",
                 {{"type", "string"}, {"enum", json::array{"vat", "domain", "phone", "name"}}}}}},
              {"record",
               {{"type", "object"},
                {"description", "The account or lead, as its GET answers"}}}}}}}}},
        {"hidden_matches",
         {{"type", "integer"},
          {"description", "Matching records you cannot see: ask your manager before creating"}}}}}};

  schemas["LeadConversion"] = {
      {"type", "object"},
      {"description",
       "Empty: a new account from the lead. account_id: onto that existing account."},
      {"properties",
       {{"account_id", {{"type", "integer"}, {"description", "An existing account you can see"}}},
        {"kind",
         {{"type", "string"},
          {"enum", json::array{"company", "person"}},
          {"description", "New account: company (default when the lead names one) or person"}}},
        {"currency",
         {{"type", "string"},
          {"description", "New account: ISO 4217; default the organisation's base currency"}}},
        {"opportunity",
         {{"type", "object"},
          {"description",
           "Open an opportunity on the account too (with the pipeline module): the fields of "
           "POST /opportunities without account_id, contact_id and lead_id, which the conversion "
           "sets; owner_id defaults to the lead's owner"}}}}}};
}

}  // namespace
}  // namespace salesdesk::http

namespace salesdesk::modules::leads {

const http::HttpModule& HttpPart() {
  static const http::HttpModule kModule{
      .name = "leads", .add_routes = http::AddRoutes, .add_schemas = http::AddSchemas};
  return kModule;
}

}  // namespace salesdesk::modules::leads
