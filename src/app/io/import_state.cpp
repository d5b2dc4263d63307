#include "app/io/import_state.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

namespace salesdesk::app::io {
namespace {

namespace json = boost::json;

std::vector<std::string> StringsOf(const json::value& v) {
  std::vector<std::string> out;
  for (const auto& s : v.as_array()) out.emplace_back(s.as_string());
  return out;
}

ImportRowIssue IssueOf(const json::object& o) {
  ImportRowIssue i{o.at("row").as_int64(),
                   std::string(o.at("column").as_string()),
                   std::string(o.at("field").as_string()),
                   std::string(o.at("code").as_string()),
                   std::string(o.at("message").as_string()),
                   {}};
  for (const auto& [k, v] : o.at("params").as_object())
    i.params.emplace_back(std::string(k), std::string(v.as_string()));
  return i;
}

}  // namespace

ImportStatus ParseImportStatus(std::string_view s) {
  if (s == "running") return ImportStatus::kRunning;
  if (s == "done") return ImportStatus::kDone;
  if (s == "failed") return ImportStatus::kFailed;
  return ImportStatus::kUploaded;
}

json::array StringsJson(const std::vector<std::string>& v) {
  json::array out;
  for (const auto& s : v) out.emplace_back(s);
  return out;
}

json::object IssueJson(const ImportRowIssue& i) {
  json::object params;
  for (const auto& [k, v] : i.params) params[k] = v;
  return {{"row", i.row},   {"column", i.column},   {"field", i.field},
          {"code", i.code}, {"message", i.message}, {"params", std::move(params)}};
}

json::object ImportViewJson(const ImportView& v) {
  json::object mapping;
  for (const auto& [column, target] : v.mapping) mapping[column] = target;
  json::array preview;
  for (const auto& row : v.preview) preview.push_back(StringsJson(row));
  json::array errors;
  for (std::size_t i = 0; i < v.errors.size() && i < kMaxStoredErrors; ++i)
    errors.push_back(IssueJson(v.errors[i]));
  json::object out{{"entity", v.entity},
                   {"format", v.format == ImportFormat::kCsv ? "csv" : "xlsx"},
                   {"columns", StringsJson(v.columns)},
                   {"preview", std::move(preview)},
                   {"mapping", std::move(mapping)},
                   {"mapping_remembered", v.mapping_remembered},
                   {"rows_total", v.rows_total},
                   {"rows_done", v.rows_done},
                   {"rows_created", v.rows_created},
                   {"rows_replayed", v.rows_replayed},
                   {"rows_failed", v.rows_failed},
                   {"errors", std::move(errors)},
                   {"errors_total", v.errors_total},
                   {"failure", v.failure},
                   {"dry_run", nullptr}};
  if (v.dry_run) {
    out["dry_run"] = {{"rows_total", v.dry_run->rows_total},
                      {"rows_ok", v.dry_run->rows_ok},
                      {"rows_bad", v.dry_run->rows_bad},
                      {"errors_total", v.dry_run->errors_total}};
  }
  return out;
}

std::string EncodeState(const ImportView& v, const std::string& shape) {
  json::object out = ImportViewJson(v);
  out["shape"] = shape;
  return json::serialize(out);
}

core::Result<StoredState> DecodeState(const StoredImport& row) {
  boost::system::error_code ec;
  const json::value doc = json::parse(row.state, ec);
  if (ec || !doc.is_object()) {
    return core::Error::Make(core::ErrorCode::kInternal,
                             core::Msg("import.not_found", {{"id", std::to_string(row.id)}}));
  }
  // The service wrote it: a missing member is a bug, reported as the exception it throws.
  try {
    const json::object& o = doc.as_object();
    StoredState s;
    ImportView& v = s.view;
    v.id = row.id;
    v.status = ParseImportStatus(row.status);
    v.progress_at_us = row.progress_at;
    v.entity = std::string(o.at("entity").as_string());
    v.format = o.at("format").as_string() == "csv" ? ImportFormat::kCsv : ImportFormat::kXlsx;
    s.shape = std::string(o.at("shape").as_string());
    v.columns = StringsOf(o.at("columns"));
    for (const auto& r : o.at("preview").as_array()) v.preview.push_back(StringsOf(r));
    for (const auto& [column, target] : o.at("mapping").as_object())
      v.mapping[std::string(column)] = std::string(target.as_string());
    v.mapping_remembered = o.at("mapping_remembered").as_bool();
    v.rows_total = o.at("rows_total").as_int64();
    v.rows_done = o.at("rows_done").as_int64();
    v.rows_created = o.at("rows_created").as_int64();
    v.rows_replayed = o.at("rows_replayed").as_int64();
    v.rows_failed = o.at("rows_failed").as_int64();
    for (const auto& e : o.at("errors").as_array()) v.errors.push_back(IssueOf(e.as_object()));
    v.errors_total = o.at("errors_total").as_int64();
    v.failure = std::string(o.at("failure").as_string());
    if (const json::value& d = o.at("dry_run"); d.is_object()) {
      v.dry_run = DryRunSummary{d.at("rows_total").as_int64(), d.at("rows_ok").as_int64(),
                                d.at("rows_bad").as_int64(), d.at("errors_total").as_int64()};
    }
    return s;
  } catch (const std::exception& e) {
    return core::Error::Make(core::ErrorCode::kInternal,
                             core::Msg("import.not_found", {{"id", std::to_string(row.id)}}));
  }
}

}  // namespace salesdesk::app::io
