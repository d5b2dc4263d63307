#include "app/records/visible_reads.h"

#include "app/access/access_policy.h"
#include "app/records/entity_spec.h"

namespace salesdesk::app {

core::Result<std::vector<Record>> ReadAllVisible(UnitOfWork& uow, const EntitySpec& e,
                                                 std::vector<Filter> filters,
                                                 const Visibility& visibility) {
  std::vector<Record> out;
  ListQuery q;
  q.filters = std::move(filters);
  q.limit = 1000;
  q.with_total = false;
  while (true) {
    SD_ASSIGN(Page page, uow.List(e, q, visibility));
    for (auto& r : page.items) out.push_back(std::move(r));
    if (!page.has_more || !page.next) break;
    q.after = page.next;
  }
  return out;
}

core::Result<std::vector<Record>> ReadAllVisible(UnitOfWork& uow, const Caller& caller,
                                                 std::string_view entity,
                                                 std::vector<Filter> filters) {
  const EntitySpec& spec = *FindEntity(entity);
  SD_ASSIGN(auto visibility, VisibilityFor(uow, caller, spec));
  return ReadAllVisible(uow, spec, std::move(filters), visibility);
}

core::Result<std::optional<Record>> GetVisible(UnitOfWork& uow, const Caller& caller,
                                               std::string_view entity, std::int64_t id) {
  const EntitySpec& spec = *FindEntity(entity);
  SD_ASSIGN(auto visibility, VisibilityFor(uow, caller, spec));
  return uow.Get(spec, id, visibility);
}

}  // namespace salesdesk::app
