#include "modules/activities/core/activities/call_list_rebuild.h"

#include <unordered_map>
#include <unordered_set>

namespace salesdesk::core::activities {

RebuildPlan PlanRebuild(const std::vector<ListedEntry>& entries,
                        const std::vector<ViewMatch>& matches) {
  std::unordered_map<std::int64_t, const ViewMatch*> listed_now;
  for (const ViewMatch& m : matches) listed_now.emplace(m.target_id, &m);
  RebuildPlan plan;
  // A record on the list already, pending or worked: a dropped entry does not count, so a record
  // that left the view and came back is called after all.
  std::unordered_set<std::int64_t> on_list;
  for (const ListedEntry& e : entries) {
    if (e.status == "dropped") continue;
    on_list.insert(e.target_id);
    if (e.status != "pending") continue;
    auto it = listed_now.find(e.target_id);
    if (it == listed_now.end()) {
      plan.drop.push_back(e.entry_id);
      continue;
    }
    ++plan.kept;
    const ViewMatch& now = *it->second;
    if (now.display_name != e.display_name || now.phone != e.phone) {
      plan.refresh.push_back(now);
      plan.refresh_entry_ids.push_back(e.entry_id);
    }
  }
  for (const ViewMatch& m : matches) {
    if (on_list.insert(m.target_id).second) plan.add.push_back(m);
  }
  return plan;
}

}  // namespace salesdesk::core::activities
