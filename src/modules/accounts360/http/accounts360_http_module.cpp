#include "modules/accounts360/http/accounts360_http_module.h"

namespace salesdesk::modules::accounts360 {

const http::HttpModule& HttpPart() {
  static const http::HttpModule kModule{.name = "accounts360",
                                        .add_routes = http::AddAccountOverviewRoute,
                                        .add_schemas = http::AddAccountOverviewSchemas};
  return kModule;
}

}  // namespace salesdesk::modules::accounts360
