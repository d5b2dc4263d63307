// The commissions module's HTTP part: computing a statement and approving it. Plans,
// assignments, statements and their lines are read (and plans and assignments written) through
// the generic record routes, exports included.
#pragma once

#include "http/http_module.h"
#include "modules/commissions/app/statement_service.h"

namespace salesdesk::http {

void AddCommissionRoutes(ModuleHost& host, modules::commissions::StatementService& s);
void AddCommissionSchemas(boost::json::object& schemas);

}  // namespace salesdesk::http

namespace salesdesk::modules::commissions {
const http::HttpModule& HttpPart();
}  // namespace salesdesk::modules::commissions
