#pragma once

#include <vector>

#include "app/modules/app_module.h"

namespace salesdesk::modules::mail {

const app::AppModule& AppPart();
void AddEntities(std::vector<app::EntitySpec>& catalog);
core::Result<void> CreateDemo(const app::DemoContext& ctx);
// The outbox's job: sends what is due through the server's relay (outbox_sender.cpp).
core::Result<std::string> SendOutboxJob(app::Store& store, const core::Clock& clock,
                                        const app::JobServices& services);

}  // namespace salesdesk::modules::mail
