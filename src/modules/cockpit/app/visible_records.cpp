#include "modules/cockpit/app/visible_records.h"

#include "app/access/access_policy.h"
#include "app/records/entity_spec.h"

namespace salesdesk::modules::cockpit {

core::Result<std::vector<app::Record>> VisibleRecords(app::UnitOfWork& uow,
                                                      const app::Caller& caller,
                                                      std::string_view entity,
                                                      std::vector<app::Filter> filters) {
  const app::EntitySpec& spec = *app::FindEntity(entity);
  SD_ASSIGN(auto visibility, app::VisibilityFor(uow, caller, spec));
  std::vector<app::Record> out;
  app::ListQuery q;
  q.filters = std::move(filters);
  q.limit = 1000;
  q.with_total = false;
  while (true) {
    SD_ASSIGN(app::Page page, uow.List(spec, q, visibility));
    for (auto& r : page.items) out.push_back(std::move(r));
    if (!page.has_more || !page.next) break;
    q.after = page.next;
  }
  return out;
}

}  // namespace salesdesk::modules::cockpit
