// Regular sales summaries (issue 14, docs/summaries.md, decision 0076): a person's standing order
// for the cockpit's figures of each closed day, week or month, as PDF and/or XLSX, e-mailed by
// the scheduler through the outbox to an address they choose (the written report to the general
// manager), in its reader's language. The figures are always those the subscription's owner
// sees: the summary is theirs, sent where they say.
#pragma once

#include "app/modules/app_module.h"

namespace salesdesk::modules::summaries {

const app::AppModule& AppPart();

void AddEntities(std::vector<app::EntitySpec>& catalog);
core::Result<void> CreateDemo(const app::DemoContext& ctx);

}  // namespace salesdesk::modules::summaries
