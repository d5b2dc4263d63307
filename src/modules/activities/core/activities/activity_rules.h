// The rules an activity (a call, visit, meeting or e-mail) keeps whatever screen or import writes
// it, on the record as it will be stored (the stored fields overlaid with the change).
#pragma once

#include <string>

#include "core/result.h"

namespace salesdesk::core::activities {

// What the rules look at, of the record after the change.
struct ActivityFacts {
  std::string kind;    // call | visit | meeting | email
  std::string status;  // planned | done | cancelled
  bool has_outcome = false;
  bool has_check_in = false;
  bool has_direction = false;
  bool has_done_at = false;
  bool has_latitude = false;
  bool has_longitude = false;
  bool has_related_entity = false;
  bool has_related_id = false;
};

// Adds one issue per broken rule, naming the field to fix:
// - a done call says how it went (outcome); a done visit says when the rep arrived (check_in_at);
// - only calls have a direction; a done_at belongs to a done activity;
// - a place on the map has both latitude and longitude; related_entity and related_id go together.
void CheckActivity(const ActivityFacts& a, FieldIssues& issues);

}  // namespace salesdesk::core::activities
