// The schedules module's records. A person's schedule is theirs (owner_id = the person
// concerned): a rep sees their own, a leader their team's sub-tree, the director everyone.
// Leaders keep the rota and the work profiles; the person asks for leave and checks in, their
// leader decides and corrects (audited). Holidays and shifts are shared calendars.
#include "app/records/catalog_fields.h"
#include "modules/schedules/app/schedules_module.h"

namespace salesdesk::modules::schedules {
namespace {

using namespace app::catalog;
using app::EntitySpec;
using app::FieldSpec;
using app::ReadAccess;
using app::RolePolicy;

// Kept by leaders, read by the person: work profiles and the rota.
std::vector<RolePolicy> LeaderKeptPolicy() {
  return {{R::kRep, ReadAccess::kScoped, false},
          {R::kManager, ReadAccess::kScoped, true},
          {R::kSeniorManager, ReadAccess::kScoped, true},
          {R::kDirector, ReadAccess::kAll, true}};
}
// Written by the person too: leave requests and attendance.
std::vector<RolePolicy> PersonalSchedulePolicy() {
  return {{R::kRep, ReadAccess::kScoped, true},
          {R::kManager, ReadAccess::kScoped, true},
          {R::kSeniorManager, ReadAccess::kScoped, true},
          {R::kDirector, ReadAccess::kAll, true}};
}

FieldSpec Person() {
  return Of(NeverNull(Ref("owner_id", "users")), "The person concerned; defaults to the caller");
}

// "HH:MM", 24-hour clock (checked by the entity rules).
FieldSpec ClockTime(std::string_view name, bool required, std::string_view description) {
  FieldSpec f = Text(name, required, 5);
  f.min_length = 5;
  return Of(f, description);
}

FieldSpec Country(bool required, std::string_view description) {
  return Of(FieldSpec{.name = "country",
                      .type = F::kCountry,
                      .required = required,
                      .filterable = true,
                      .sortable = true},
            description);
}

}  // namespace

void AddEntities(std::vector<EntitySpec>& c) {
  c.push_back({.plural = "public-holidays",
               .singular = "public_holiday",
               .title = "Public holiday",
               .fields = {Country(true, "Whose holiday (ISO 3166-1 alpha-2)"),
                          Of(DateField("date", true), "The day"), Name(),
                          Of(Bool("half_day", false), "Only half the day is off")},
               .search_fields = {"name"},
               .unique_fields = {"date"},
               .policies = ReadAllWrite({R::kAdmin, R::kDirector})});

  c.push_back(
      {.plural = "work-profiles",
       .singular = "work_profile",
       .title = "Work profile",
       .fields = {Person(), Of(DateField("valid_from", true), "In force from this day on"),
                  Country(true, "Country of work: its public holidays apply"),
                  Of(NeverNull(Text("weekdays", false, 7)),
                     "ISO weekdays worked, e.g. 12345 for Monday to Friday"),
                  Of(NeverNull(Text("half_weekdays", false, 7)),
                     "Of those, the weekdays worked half a day, e.g. 5 for Friday mornings")},
       .ownership = app::Ownership::kOwned,
       .policies = LeaderKeptPolicy(),
       .hooks = {.validate = ValidateWorkProfile}});
  c.back().fields[3].default_value = std::string("12345");
  c.back().fields[4].default_value = std::string();

  c.push_back(
      {.plural = "shifts",
       .singular = "shift",
       .title = "Shift",
       .fields = {Name(), Enum("kind", {"office", "field", "on_site_duty", "telemarketing"}, true),
                  ClockTime("start_time", true, "Start, HH:MM"),
                  ClockTime("end_time", true, "End, HH:MM (before the start: ends the next day)"),
                  Of(Bool("half_day", false), "Counts as half a working day")},
       .search_fields = {"name"},
       .policies = ReadAllWrite({R::kAdmin, R::kDirector, R::kSeniorManager, R::kManager}),
       .hooks = {.validate = ValidateShift}});

  c.push_back({.plural = "rota-entries",
               .singular = "rota_entry",
               .title = "Rota entry",
               .fields = {Person(), Of(DateField("date", true), "The day"),
                          Of(Ref("shift_id", "shifts"), "The shift worked; empty on a day off"),
                          Of(Bool("day_off", false), "Off this day, whatever the weekly pattern"),
                          Of(Text("note", false, 500), "For the person")},
               .ownership = app::Ownership::kOwned,
               .policies = LeaderKeptPolicy(),
               .hooks = {.prepare = PrepareRotaEntry}});

  c.push_back(
      {.plural = "leave-requests",
       .singular = "leave_request",
       .title = "Leave request",
       .fields = {Person(), Of(DateField("date_from", true), "First day"),
                  Of(DateField("date_to", true), "Last day"),
                  Of(Bool("from_half", false), "Only the afternoon of the first day"),
                  Of(Bool("to_half", false), "Only the morning of the last day"),
                  Enum("kind", {"vacation", "sick", "training", "other"}, true),
                  Of(NeverNull(Enum("status", {"requested", "approved", "rejected", "cancelled"},
                                    false, std::string("requested"))),
                     "requested -> approved / rejected by the person's leader; cancelled by the "
                     "person"),
                  Of(Text("note", false, 1000), "Why, for whom"),
                  Of(ReadOnly(Ref("decided_by_id", "users")), "Who approved or rejected it"),
                  Of(ReadOnly(DateField("decided_on")), "When it was decided")},
       .ownership = app::Ownership::kOwned,
       .search_fields = {"note"},
       .policies = PersonalSchedulePolicy(),
       .hooks = {.prepare = PrepareLeave}});

  c.push_back({.plural = "attendance",
               .singular = "attendance",
               .title = "Attendance",
               .fields = {Person(), Of(DateField("date", true), "The day"),
                          ClockTime("check_in", true, "Checked in at, HH:MM (company time)"),
                          ClockTime("check_out", false, "Checked out at, HH:MM"),
                          Of(Text("place", false, 200), "Where: office, a customer, an event"),
                          Of(ReadOnly(Bool("corrected", false)),
                             "Changed by someone else than the person (see the audit trail)")},
               .ownership = app::Ownership::kOwned,
               .policies = PersonalSchedulePolicy(),
               .hooks = {.prepare = PrepareAttendance}});
}

}  // namespace salesdesk::modules::schedules
