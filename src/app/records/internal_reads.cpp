#include "app/records/internal_reads.h"

namespace salesdesk::app {

core::Result<std::vector<Record>> ReadAll(RecordRepository& uow, const EntitySpec& e,
                                          std::vector<Filter> filters, std::int64_t limit) {
  ListQuery q;
  q.filters = std::move(filters);
  q.limit = limit;
  q.with_total = false;
  SD_ASSIGN(Page page, uow.List(e, q, Visibility::All()));
  return std::move(page.items);
}

}  // namespace salesdesk::app
