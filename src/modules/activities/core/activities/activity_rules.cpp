#include "modules/activities/core/activities/activity_rules.h"

#include "core/message.h"

namespace salesdesk::core::activities {

void CheckActivity(const ActivityFacts& a, FieldIssues& issues) {
  const bool done = a.status == "done";
  if (done && a.kind == "call" && !a.has_outcome) {
    issues.Add("outcome", Msg("activity.call_needs_outcome"));
  }
  if (done && a.kind == "visit" && !a.has_check_in) {
    issues.Add("check_in_at", Msg("activity.visit_needs_check_in"));
  }
  if (a.has_direction && a.kind != "call") {
    issues.Add("direction", Msg("activity.direction_calls_only", {{"kind", a.kind}}));
  }
  if (a.has_done_at && !done) {
    issues.Add("done_at", Msg("activity.done_at_needs_done", {{"status", a.status}}));
  }
  if (a.has_latitude != a.has_longitude) {
    issues.Add(a.has_latitude ? "longitude" : "latitude", Msg("activity.place_needs_both"));
  }
  if (a.has_related_entity != a.has_related_id) {
    issues.Add(a.has_related_entity ? "related_id" : "related_entity",
               Msg("activity.related_pair"));
  }
}

}  // namespace salesdesk::core::activities
