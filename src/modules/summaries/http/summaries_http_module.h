// The summaries' HTTP part (docs/summaries.md): a summary downloaded as PDF or XLSX, "send now"
// on a subscription, and the job that e-mails the due ones (it renders PDFs, so it lives here).
#pragma once

#include "http/http_module.h"

namespace salesdesk::http {

void AddSummaryRoutes(ModuleHost& host);
void AddSummarySchemas(boost::json::object& schemas);

}  // namespace salesdesk::http

namespace salesdesk::modules::summaries {
const http::HttpModule& HttpPart();
}  // namespace salesdesk::modules::summaries
