// Rebuilding a call list from its view (issue 11, decision 0080): what changes when the view's
// query is run again. Pending entries that still match stay where they are (their name and phone
// refreshed), pending entries that no longer match are dropped (kept, marked, never called), the
// view's new records are appended in its order. Entries already called or skipped are history
// and stay as they are; their records are not listed twice. Pure.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace salesdesk::core::activities {

// An entry of the list as stored.
struct ListedEntry {
  std::int64_t entry_id = 0;
  std::int64_t target_id = 0;
  std::string status;  // pending | done | skipped | dropped
  std::string display_name;
  std::string phone;
};

// A record the view lists now, with the name and phone a caller would dial.
struct ViewMatch {
  std::int64_t target_id = 0;
  std::string display_name;
  std::string phone;
};

struct RebuildPlan {
  std::vector<std::int64_t> drop;  // pending entries the view no longer lists
  std::vector<ViewMatch> refresh;  // pending entries still listed whose name or phone changed
  std::vector<std::int64_t> refresh_entry_ids;  // the entries of `refresh`, in step
  std::vector<ViewMatch> add;                   // records new to the list, in the view's order
  std::int64_t kept = 0;                        // pending entries still listed (refreshed or not)
};

RebuildPlan PlanRebuild(const std::vector<ListedEntry>& entries,
                        const std::vector<ViewMatch>& matches);

}  // namespace salesdesk::core::activities
