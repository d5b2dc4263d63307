#include "modules/appraisal/http/appraisal_http_module.h"

namespace salesdesk::http {
namespace {

void AddRoutes(ModuleHost& host) {
  AddAppraisalRoutes(host, host.Keep<AppraisalServices>(host.store(), host.clock()));
}

}  // namespace
}  // namespace salesdesk::http

namespace salesdesk::modules::appraisal {

const http::HttpModule& HttpPart() {
  static const http::HttpModule kModule{
      .name = "appraisal", .add_routes = http::AddRoutes, .add_schemas = http::AddAppraisalSchemas};
  return kModule;
}

}  // namespace salesdesk::modules::appraisal
