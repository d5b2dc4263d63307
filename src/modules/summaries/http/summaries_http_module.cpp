#include "modules/summaries/http/summaries_http_module.h"

#include "modules/summaries/app/summary_sender.h"
#include "modules/summaries/pdf/summary_pdf.h"

namespace salesdesk::modules::summaries {
namespace {

core::Result<std::string> SendDue(app::Store& store, const core::Clock& clock) {
  return SendDueSummaries(store, clock, pdf::RenderSummaryPdf);
}

}  // namespace

const http::HttpModule& HttpPart() {
  static const http::HttpModule kModule{
      .name = "summaries",
      .add_routes = http::AddSummaryRoutes,
      .add_schemas = http::AddSummarySchemas,
      // Each subscription's last closed period once: soon after midnight (company time) for
      // yesterday, Monday for last week, the 1st for last month; a server that was down sends
      // at its next run.
      .jobs = {{.name = "summaries.send", .period = std::chrono::minutes(30), .run = SendDue}}};
  return kModule;
}

}  // namespace salesdesk::modules::summaries
