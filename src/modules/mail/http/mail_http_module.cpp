#include "modules/mail/http/mail_http_module.h"

namespace salesdesk::http {
namespace {

void AddRoutes(ModuleHost& host) {
  auto& services = host.Keep<MailServices>(host.store(), host.clock());
  AddQuoteEmailRoute(host, services);
  AddDocumentEmailRoutes(host, services);
  AddCalendarRoutes(host, services);
  AddDunningRunSendRoute(host, services);
  AddDunningRunLettersRoute(host);
}

}  // namespace
}  // namespace salesdesk::http

namespace salesdesk::modules::mail {

const http::HttpModule& HttpPart() {
  static const http::HttpModule kModule{
      .name = "mail", .add_routes = http::AddRoutes, .add_schemas = http::AddMailSchemas};
  return kModule;
}

}  // namespace salesdesk::modules::mail
