// Imports (docs/import-export.md, decision 0042): POST /api/v1/imports?entity=<plural> with the
// file (text/csv, the XLSX type, or multipart/form-data), PUT /api/v1/imports/{id}/mapping,
// POST /api/v1/imports/{id}/dry-run, GET /api/v1/imports/{id}/errors.csv,
// POST /api/v1/imports/{id}/run, GET /api/v1/imports/{id}.
#include <boost/json/value.hpp>

#include "app/io/import_service.h"
#include "app/io/import_state.h"
#include "app/records/record_json.h"
#include "core/time/timestamp.h"
#include "http/api.h"
#include "http/error_response.h"
#include "http/idempotency_header.h"
#include "http/json_response.h"
#include "http/multipart_file.h"
#include "http/query_string.h"

namespace salesdesk::http {
namespace {

namespace json = boost::json;
using app::io::ImportFormat;
using core::Error;

constexpr std::string_view kXlsxType =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
// Problems answered per import; errors_total says how many there are.
constexpr std::size_t kMaxErrorsAnswered = 1000;

std::string MediaType(std::string_view header) {
  std::string out(header.substr(0, header.find(';')));
  while (!out.empty() && out.back() == ' ') out.pop_back();
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool EndsWith(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// A zip's first bytes decide XLSX whatever the label; otherwise the media type (or the file's
// extension in a multipart upload) must say CSV.
core::Result<ImportFormat> FormatOf(std::string_view type, std::string_view name,
                                    std::string_view bytes) {
  if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4)) return ImportFormat::kXlsx;
  if (type == "text/csv" || type == "application/csv" || type == "text/plain" ||
      type == "application/vnd.ms-excel" || EndsWith(name, ".csv") || EndsWith(name, ".CSV"))
    return ImportFormat::kCsv;
  return Error::Invalid("Content-Type",
                        core::Msg("import.format", {{"xlsx_type", std::string(kXlsxType)}}));
}

json::array IssuesJson(const std::vector<app::io::ImportRowIssue>& issues) {
  json::array out;
  for (std::size_t i = 0; i < issues.size() && i < kMaxErrorsAnswered; ++i)
    out.push_back(app::io::IssueJson(issues[i]));
  return out;
}

// The stored members (app/io/import_state.h) and what only the answer holds.
json::object ImportJson(const app::io::ImportView& v) {
  json::object out = app::io::ImportViewJson(v);
  out["id"] = v.id;
  out["status"] = app::io::ImportStatusName(v.status);
  out["targets"] = app::io::StringsJson(app::io::ImportTargets(*app::FindEntity(v.entity)));
  auto at = core::Timestamp::FromMicros(v.progress_at_us);
  out["progress_at"] = v.progress_at_us > 0 && at.ok() ? json::value(at->ToString()) : nullptr;
  out["failure"] = v.failure.empty() ? json::value(nullptr) : json::value(v.failure);
  return out;
}

Response Upload(app::io::ImportService& imports, RouteContext& ctx) {
  auto params = ParseQueryString(ctx.request.query);
  if (!params.ok()) return ErrorToResponse(params.error());
  std::string entity;
  for (const auto& [k, v] : *params) {
    if (k == "entity") entity = v;
  }
  // Who may not create these records learns it before the file is looked at.
  auto importable = imports.CheckImportable(*ctx.caller, entity);
  if (!importable.ok()) return ErrorToResponse(importable.error());
  const std::string type = MediaType(ctx.request.Header("content-type"));
  std::string bytes;
  core::Result<ImportFormat> format = ImportFormat::kCsv;
  if (type == "multipart/form-data") {
    auto file = MultipartFile(ctx.request.Header("content-type"), ctx.request.body);
    if (!file) {
      return ErrorToResponse(
          Error::Invalid("body",
                         core::Msg("import.format", {{"xlsx_type", std::string(kXlsxType)}})),
          415);
    }
    format = FormatOf(file->content_type, file->file_name, file->bytes);
    bytes = std::move(file->bytes);
  } else {
    format = FormatOf(type, "", ctx.request.body);
    bytes = ctx.request.body;
  }
  if (!format.ok()) return ErrorToResponse(format.error(), 415);
  auto idem = ReadIdempotencyKey(ctx.request);
  if (!idem.ok()) return ErrorToResponse(idem.error());
  auto view =
      imports.Upload(*ctx.caller, entity, *format, std::move(bytes), *idem ? &**idem : nullptr);
  if (!view.ok()) return ErrorToResponse(view.error());
  Response r = JsonResponse(201, ImportJson(*view));
  r.headers.emplace_back("Location", "/api/v1/imports/" + std::to_string(view->id));
  return r;
}

Response SetMapping(app::io::ImportService& imports, RouteContext& ctx) {
  auto body = app::ParseBodyObject(ctx.request.body);
  if (!body.ok()) return ErrorToResponse(body.error());
  const json::value* m = body->if_contains("mapping");
  if (m == nullptr || !m->is_object()) {
    return ErrorToResponse(Error::Invalid("mapping", core::Msg("import.no_mapping")));
  }
  app::io::ColumnMapping mapping;
  for (const auto& [column, target] : m->as_object()) {
    if (target.is_null()) continue;  // the column is not imported
    if (!target.is_string()) {
      return ErrorToResponse(Error::Invalid(
          "mapping." + std::string(column),
          core::Msg("import.unknown_field", {{"entity", "these records"}, {"field", "?"}})));
    }
    mapping[std::string(column)] = std::string(target.as_string());
  }
  auto view = imports.SetMapping(*ctx.caller, ctx.ids.at(0), std::move(mapping));
  if (!view.ok()) return ErrorToResponse(view.error());
  return JsonResponse(200, ImportJson(*view));
}

Response DryRun(app::io::ImportService& imports, RouteContext& ctx) {
  auto report = imports.DryRun(*ctx.caller, ctx.ids.at(0));
  if (!report.ok()) return ErrorToResponse(report.error());
  json::array duplicates;
  for (const auto& d : report->duplicates) {
    json::array matches;
    for (const auto& m : d.matches) {
      matches.push_back({{"entity", m.entity},
                         {"id", m.id},
                         {"label", m.label},
                         {"matched", app::io::StringsJson(m.matched)}});
    }
    json::array same_file;
    for (const auto& f : d.same_file) {
      same_file.push_back({{"row", f.row}, {"matched", app::io::StringsJson(f.matched)}});
    }
    duplicates.push_back(
        {{"row", d.row}, {"matches", std::move(matches)}, {"same_file", std::move(same_file)}});
  }
  return JsonResponse(
      200, json::object{{"rows_total", report->rows_total},
                        {"rows_ok", report->rows_ok},
                        {"rows_bad", report->rows_bad},
                        {"errors", IssuesJson(report->errors)},
                        {"errors_total", static_cast<std::int64_t>(report->errors.size())},
                        {"duplicates", std::move(duplicates)},
                        {"duplicates_checked", report->duplicates_checked}});
}

}  // namespace

void Api::AddImportRoutes() {
  auto& imports = *imports_;
  Route upload{"POST",
               "/api/v1/imports",
               "create_import",
               "Upload a CSV or XLSX file to import into an entity (?entity=accounts): its "
               "columns, first rows and a proposed mapping",
               "Imports",
               true,
               RouteKind::kCustom,
               nullptr,
               "",
               "Import",
               201,
               [&imports](RouteContext& c) { return Upload(imports, c); }};
  upload.idempotent = true;
  upload.raw_body = true;
  routes_.push_back(std::move(upload));
  routes_.push_back({"GET", "/api/v1/imports/{id}", "get_import",
                     "An import: columns, mapping and the run's progress and bad rows", "Imports",
                     true, RouteKind::kCustom, nullptr, "", "Import", 200,
                     [&imports](RouteContext& c) {
                       auto view = imports.Get(*c.caller, c.ids.at(0));
                       if (!view.ok()) return ErrorToResponse(view.error());
                       return JsonResponse(200, ImportJson(*view));
                     }});
  routes_.push_back({"PUT", "/api/v1/imports/{id}/mapping", "set_import_mapping",
                     "Map the file's columns to fields (remembered for files of the same shape)",
                     "Imports", true, RouteKind::kCustom, nullptr, "ImportMappingRequest", "Import",
                     200, [&imports](RouteContext& c) { return SetMapping(imports, c); }});
  routes_.push_back({"POST", "/api/v1/imports/{id}/dry-run", "dry_run_import",
                     "Check every row as a create would, writing nothing: every bad row with its "
                     "row, column and reason",
                     "Imports", true, RouteKind::kCustom, nullptr, "", "ImportDryRun", 200,
                     [&imports](RouteContext& c) { return DryRun(imports, c); }});
  Route errors{"GET",
               "/api/v1/imports/{id}/errors.csv",
               "get_import_errors_csv",
               "The dry run's bad rows as CSV: the file's columns as read, then the row number "
               "and its problems, to fix in a spreadsheet and upload again",
               "Imports",
               true,
               RouteKind::kCustom,
               nullptr,
               "",
               "",
               200,
               [&imports](RouteContext& c) {
                 auto csv = imports.BadRowsCsv(*c.caller, c.ids.at(0));
                 if (!csv.ok()) return ErrorToResponse(csv.error());
                 Response r;
                 r.status = 200;
                 r.content_type = "text/csv; charset=utf-8";
                 r.headers.emplace_back("Content-Disposition", "attachment; filename=\"import-" +
                                                                   std::to_string(c.ids.at(0)) +
                                                                   "-errors.csv\"");
                 r.body = std::move(csv).value();
                 return r;
               }};
  errors.response_media_type = "text/csv";
  routes_.push_back(std::move(errors));
  routes_.push_back({"POST", "/api/v1/imports/{id}/run", "run_import",
                     "Start the import in the background (batches; progress on GET); a failed "
                     "run may run again (its rows are replayed, not doubled)",
                     "Imports", true, RouteKind::kCustom, nullptr, "", "Import", 202,
                     [&imports](RouteContext& c) {
                       auto view = imports.Run(*c.caller, c.ids.at(0));
                       if (!view.ok()) return ErrorToResponse(view.error());
                       return JsonResponse(202, ImportJson(*view));
                     }});
}

}  // namespace salesdesk::http
