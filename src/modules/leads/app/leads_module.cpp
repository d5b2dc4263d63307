#include "modules/leads/app/leads_module.h"

#include "modules/leads/app/duplicate_key_upkeep.h"

namespace salesdesk::modules::leads {

const app::AppModule& AppPart() {
  static const app::AppModule kModule{
      .name = "leads",
      .add_entities = AddEntities,
      .add_demo = CreateDemo,
      // Keys of records written past the hooks (bulk paths) or deleted since (decision 0034).
      .jobs = {{.name = "leads.duplicate_keys",
                .period = std::chrono::hours(24),
                .run = RebuildDuplicateKeys}}};
  return kModule;
}

}  // namespace salesdesk::modules::leads
