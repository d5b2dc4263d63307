// Targets to the day (issue 14, RULES.md A): target plans per rep, team, territory or product
// group; their decomposition year → month → ISO-week part → day stored when a plan is
// activated; re-planning at a month close; progress and pace (docs/targets.md).
#pragma once

#include "app/modules/app_module.h"

namespace salesdesk::modules::targets {

const app::AppModule& AppPart();

void AddEntities(std::vector<app::EntitySpec>& catalog);
core::Result<void> CreateDemo(const app::DemoContext& ctx);

}  // namespace salesdesk::modules::targets
