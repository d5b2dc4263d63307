// The timeline of a customer record (an account, a contact or a lead): its activities, tasks,
// quotes, sales orders and contracts, newest first, keyset-paged, every item read through the
// caller's visibility. docs/activities.md says what sits where in time.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "core/result.h"

namespace salesdesk::app::activities {

// A position in the timeline: the last item a page showed. Items are ordered by time (newest
// first), then by kind (kRank order), then by id (highest first), so equal times page stably.
struct TimelineCursor {
  std::int64_t at = 0;  // µs since the epoch
  int rank = 0;
  std::int64_t id = 0;
};
std::string FormatCursor(const TimelineCursor& c);
std::optional<TimelineCursor> ParseCursor(std::string_view text);

struct TimelineRequest {
  std::string entity;  // accounts | contacts | leads
  std::int64_t id = 0;
  std::optional<TimelineCursor> before;
  int limit = 30;
};

struct TimelineItem {
  const EntitySpec* entity = nullptr;
  Record record;
  std::int64_t at = 0;
  int rank = 0;
};

struct TimelinePage {
  std::vector<TimelineItem> items;
  std::optional<TimelineCursor> next;  // absent on the last page
};

// The entities a timeline is asked for: accounts, contacts, and leads when installed.
std::vector<std::string> TimelineSubjects();

// kNotFound when the record does not exist or the caller cannot see it (one answer for both);
// kForbidden when the caller's role reads no records of that entity.
core::Result<TimelinePage> ReadTimeline(Store& store, const Caller& caller,
                                        const TimelineRequest& request);

}  // namespace salesdesk::app::activities
