// The few lines of RFC 5545 a calendar feed needs (decision 0040): TEXT escaping (§3.3.11),
// line folding at 75 octets without cutting a UTF-8 character (§3.1), UTC date-times and
// all-day dates, one VEVENT per entry. Pure, so escaping and folding are tested byte by byte.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace salesdesk::core::mail {

struct CalendarEntry {
  std::string uid;  // stable across downloads: "activity-42@salesdesk"
  // A timed entry starts at `start_us` (UTC µs) and lasts `minutes`; an all-day entry (a task
  // due on a day) has `all_day` "YYYY-MM-DD" instead.
  std::int64_t start_us = 0;
  int minutes = 0;
  std::string all_day;
  std::string summary;
  std::string description;
  std::string location;
  bool cancelled = false;
  std::int64_t updated_us = 0;  // LAST-MODIFIED, so clients refresh a changed entry
};

// \\ \; \, and \n for a TEXT value; CR dropped.
std::string EscapeText(std::string_view text);
// One content line folded at 75 octets (continuations start with a space), ending CRLF.
std::string FoldLine(std::string_view line);
// "20261203T093000Z".
std::string UtcDateTime(std::int64_t micros_since_epoch);
// The whole VCALENDAR; `stamp_us` is DTSTAMP (when the feed was made).
std::string BuildCalendar(std::string_view name, const std::vector<CalendarEntry>& entries,
                          std::int64_t stamp_us);

}  // namespace salesdesk::core::mail
