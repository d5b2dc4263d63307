// GET /api/v1/{entity}/export?format=csv|xlsx and the list's own filters, q and sort: every row
// the caller's list would show, streamed as a file (docs/import-export.md).
#include <memory>

#include "app/access/access_policy.h"
#include "app/io/record_export.h"
#include "http/api.h"
#include "http/error_response.h"
#include "http/list_query_parser.h"
#include "http/query_string.h"

namespace salesdesk::http {
namespace {

using core::Error;

constexpr const char* kXlsxType =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

Response Export(app::RecordService& svc, const core::Clock& clock, const app::EntitySpec& e,
                RouteContext& ctx) {
  const app::Caller& caller = *ctx.caller;
  auto params = ParseQueryString(ctx.request.query);
  if (!params.ok()) return ErrorToResponse(params.error());
  std::string format = "csv";
  QueryParams list_params;
  for (auto& [k, v] : *params) {
    if (k == "format") {
      format = v;
    } else if (k != "limit" && k != "offset") {  // an export holds every page
      list_params.emplace_back(k, v);
    }
  }
  if (format != "csv" && format != "xlsx") {
    return ErrorToResponse(
        Error::Invalid("query.format", core::Msg("export.format", {{"format", format}})));
  }
  auto query = ParseListQuery(e, list_params, app::SeesCost(caller));
  if (!query.ok()) return ErrorToResponse(query.error());
  const auto kind = format == "csv" ? app::io::ExportFormat::kCsv : app::io::ExportFormat::kXlsx;
  auto started = app::io::RecordExport::Start(svc, caller, e, std::move(query).value(), kind);
  if (!started.ok()) return ErrorToResponse(started.error());

  Response out;
  out.content_type = kind == app::io::ExportFormat::kCsv ? "text/csv; charset=utf-8" : kXlsxType;
  const std::string day = clock.Now().ToString().substr(0, 10);
  out.headers.emplace_back(
      "Content-Disposition",
      "attachment; filename=\"" + std::string(e.plural) + "-" + day + "." + format + "\"");
  std::shared_ptr<app::io::RecordExport> file = std::move(started).value();
  out.stream = [file](std::string& chunk) {
    switch (file->Next(chunk)) {
      case app::io::ChunkState::kMore:
        return Response::Step::kMore;
      case app::io::ChunkState::kDone:
        return Response::Step::kDone;
      default:
        return Response::Step::kFailed;
    }
  };
  return out;
}

}  // namespace

void Api::AddExportRoutes() {
  for (const auto& spec : app::AllEntities()) {
    const app::EntitySpec* e = &spec;
    routes_.push_back(
        {"GET", "/api/v1/" + std::string(e->plural) + "/export", "export_" + std::string(e->plural),
         "Export the " + std::string(e->title) + " records the list shows, as CSV or XLSX",
         std::string(e->title), true, RouteKind::kExport, e, "", "", 200,
         [this, e](RouteContext& c) { return Export(records_, clock_, *e, c); }});
  }
}

}  // namespace salesdesk::http
