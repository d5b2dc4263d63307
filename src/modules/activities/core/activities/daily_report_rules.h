// The daily sales report's life (issue 11, "the day of the team"): the rep writes it
// (draft → submitted), their leader reads and comments it (submitted → reviewed). Who may change
// what, on the record as it will be stored; docs/activities.md, decision 0047.
#pragma once

#include <cstdint>
#include <string>

#include "core/result.h"
#include "core/time/date.h"

namespace salesdesk::core::activities {

struct ReportChange {
  bool creating = false;
  bool by_owner = false;   // the caller is the report's rep
  std::string old_status;  // "" when creating
  std::string new_status;  // after the change
  bool note_changed = false;
  bool comment_changed = false;
  bool date_changed = false;  // on an update
};

// Adds one issue per broken rule, naming the field to fix:
// - the rep writes the note and submits; only someone else (their leader, the director) comments
//   and marks the report reviewed, and only once it is submitted;
// - a submitted report's note and every report's date are fixed; nothing goes back a status.
void CheckReportChange(const ReportChange& c, FieldIssues& issues);

// On time: submitted before noon of the next day in the organisation's time zone, so a rep who
// finishes the day with a late visit may send the report the next morning.
inline constexpr std::int64_t kReportGraceHours = 12;

// Whether a report of `report_date` may be written on `today`: not for a day still to come.
bool ReportDateAllowed(Date report_date, Date today);

}  // namespace salesdesk::core::activities
