#include "modules/mail/app/mail_module.h"

namespace salesdesk::modules::mail {

const app::AppModule& AppPart() {
  static const app::AppModule kModule{.name = "mail",
                                      .depends = {"sales", "activities"},
                                      .add_entities = AddEntities,
                                      .add_demo = CreateDemo,
                                      .jobs = {{.name = "mail.send_outbox",
                                                .period = std::chrono::minutes(1),
                                                .run_with = SendOutboxJob}}};
  return kModule;
}

}  // namespace salesdesk::modules::mail
