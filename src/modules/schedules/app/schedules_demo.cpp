// The demo company's schedules: national holidays 2024-2027 of every country the generator
// knows, five shifts, a work profile per person of the sales teams (Iberia works from Spain,
// Europe from Germany, Asia from the UK office, the Americas from the US; some part-timers),
// the rota of every team for this month and the next, approved and pending leave, and three
// months of check-ins, so every role sees a month grid, a leave inbox and attendance.
#include <algorithm>

#include "app/demo/demo_internal.h"
#include "app/records/record_fields.h"
#include "modules/schedules/app/rota_generation.h"
#include "modules/schedules/app/schedules_module.h"
#include "modules/schedules/core/holiday_calendar.h"
#include "modules/schedules/core/working_days.h"

namespace salesdesk::modules::schedules {
namespace {

using app::Record;
using app::demo::Spec;
using core::Date;
using I = std::int64_t;

constexpr const char* kTeamCountry[] = {"ES", "DE", "GB", "US"};

struct DemoShift {
  const char* name;
  const char* kind;
  const char* start;
  const char* end;
  bool half_day;
};
constexpr DemoShift kShifts[] = {
    {"Office day", "office", "09:00", "17:30", false},
    {"Customer visits", "field", "08:00", "17:00", false},
    {"Telemarketing early", "telemarketing", "08:00", "16:00", false},
    {"Telemarketing late", "telemarketing", "12:00", "20:00", false},
    {"On-site duty (morning)", "on_site_duty", "08:00", "13:00", true},
};

Date MonthStart(Date d, int add) {
  const core::CivilDate c = d.Civil();
  const int months = c.year * 12 + c.month - 1 + add;
  return Date::FromCivil(months / 12, months % 12 + 1, 1).value();
}

std::string Clock(I minutes) {
  char text[16];
  std::snprintf(text, sizeof text, "%02d:%02d", static_cast<int>(minutes / 60),
                static_cast<int>(minutes % 60));
  return text;
}

}  // namespace

core::Result<void> CreateDemo(const app::DemoContext& ctx) {
  app::demo::DemoRandom random(ctx.options.seed, 43);
  const I now = ctx.clock.Now().micros_since_epoch();
  const Date today = ctx.today;
  app::demo::BatchWriter writer(ctx.store, now);

  std::map<std::string, std::vector<HolidayDay>> holidays;  // by country, for attendance
  for (std::string_view country : HolidayCountries()) {
    for (int year = 2024; year <= 2027; ++year) {
      SD_ASSIGN(auto days, GenerateHolidays(country, year));
      for (const auto& h : days) {
        SD_TRY(writer.Insert(Spec("public-holidays"), {{"country", std::string(country)},
                                                       {"date", h.date.ToString()},
                                                       {"name", h.name},
                                                       {"half_day", h.half_day}}));
        holidays[std::string(country)].push_back({h.date, h.name, h.half_day, {}});
      }
    }
  }
  std::vector<I> shift_ids;
  for (const auto& s : kShifts) {
    SD_ASSIGN(Record shift, writer.Insert(Spec("shifts"), {{"name", std::string(s.name)},
                                                           {"kind", std::string(s.kind)},
                                                           {"start_time", std::string(s.start)},
                                                           {"end_time", std::string(s.end)},
                                                           {"half_day", s.half_day}}));
    shift_ids.push_back(app::RecordId(shift));
  }

  // Work profiles; every fifth rep works Monday to Thursday, every seventh has Friday mornings.
  struct Person {
    I id;
    std::string country;
    ScheduleInputs schedule;
  };
  std::vector<Person> people;
  for (std::size_t t = 0; t < ctx.org.sales_teams.size(); ++t) {
    const auto& team = ctx.org.sales_teams[t];
    const std::string country = kTeamCountry[t % std::size(kTeamCountry)];
    std::vector<I> members{team.manager_id};
    members.insert(members.end(), team.rep_ids.begin(), team.rep_ids.end());
    for (std::size_t i = 0; i < members.size(); ++i) {
      const std::string weekdays = i % 5 == 4 ? "1234" : "12345";
      // (Friday mornings only for those who work Fridays: member 34 of a large team is both.)
      const std::string half = i % 7 == 6 && weekdays.back() == '5' ? "5" : "";
      SD_TRY(writer.Insert(Spec("work-profiles"), {{"owner_id", members[i]},
                                                   {"valid_from", std::string("2024-01-01")},
                                                   {"country", country},
                                                   {"weekdays", weekdays},
                                                   {"half_weekdays", half}}));
      Person p{members[i], country, {}};
      p.schedule.patterns = {
          {Date::FromCivil(2024, 1, 1).value(), ParseWorkPattern(weekdays, half).value(), country}};
      p.schedule.holidays = holidays[country];
      people.push_back(std::move(p));
    }
  }

  // Leave: a past week approved, a day next month approved, a pending request.
  for (std::size_t i = 0; i < people.size(); ++i) {
    Person& p = people[i];
    const Date past = MonthStart(today, -2).AddDays(static_cast<I>(7 + i % 10)).value();
    const Date past_end = past.AddDays(4).value();
    SD_TRY(writer.Insert(Spec("leave-requests"), {{"owner_id", p.id},
                                                  {"date_from", past.ToString()},
                                                  {"date_to", past_end.ToString()},
                                                  {"from_half", false},
                                                  {"to_half", false},
                                                  {"kind", std::string("vacation")},
                                                  {"status", std::string("approved")},
                                                  {"decided_on", past.AddDays(-14)->ToString()}}));
    p.schedule.leave.push_back({past, past_end, false, false, "vacation"});
    const Date next = MonthStart(today, 1).AddDays(static_cast<I>(3 + i % 15)).value();
    SD_TRY(writer.Insert(Spec("leave-requests"),
                         {{"owner_id", p.id},
                          {"date_from", next.ToString()},
                          {"date_to", next.ToString()},
                          {"from_half", i % 2 == 0},
                          {"to_half", false},
                          {"kind", std::string(i % 3 ? "vacation" : "training")},
                          {"status", std::string("approved")},
                          {"decided_on", today.ToString()}}));
    if (i % 2 == 1) {
      const Date wish = MonthStart(today, 1).AddDays(static_cast<I>(20 + i % 5)).value();
      SD_TRY(writer.Insert(Spec("leave-requests"), {{"owner_id", p.id},
                                                    {"date_from", wish.ToString()},
                                                    {"date_to", wish.AddDays(2)->ToString()},
                                                    {"from_half", false},
                                                    {"to_half", false},
                                                    {"kind", std::string("vacation")},
                                                    {"status", std::string("requested")},
                                                    {"note", std::string("Family visit")}}));
    }
  }

  // Three months of check-ins on the days each person worked.
  static constexpr const char* kPlaces[] = {"Office", "Office", "Customer visit", "Trade fair",
                                            "Home office"};
  for (Person& p : people) {
    SD_ASSIGN(WorkingDays worked,
              ComputeWorkingDays(p.schedule, MonthStart(today, -3), today.AddDays(-1).value()));
    for (const auto& day : worked.days) {
      if (day.half_days == 0 || random.Percent(4)) continue;  // a forgotten check-in now and then
      const I in = 7 * 60 + 30 + random.Uniform(0, 75);
      const I out = in + (day.half_days == 2 ? 8 * 60 + random.Uniform(0, 90) : 4 * 60 + 15);
      SD_TRY(writer.Insert(Spec("attendance"),
                           {{"owner_id", p.id},
                            {"date", day.date.ToString()},
                            {"check_in", Clock(in)},
                            {"check_out", Clock(std::min<I>(out, 23 * 60 + 59))},
                            {"place", std::string(kPlaces[random.Index(std::size(kPlaces))])},
                            {"corrected", false}}));
    }
  }
  SD_TRY(writer.Commit());

  // The rota of every team for this month and the next: office, visits, and a day off in seven.
  RotaGeneration rotas(ctx.store, ctx.clock);
  for (const auto& team : ctx.org.sales_teams) {
    for (int add : {0, 1}) {
      const core::CivilDate month = MonthStart(today, add).Civil();
      RotaRequest request{team.team_id,
                          month.year,
                          month.month,
                          {shift_ids[0], shift_ids[1], shift_ids[1], shift_ids[0], shift_ids[2],
                           shift_ids[4], std::nullopt}};
      SD_TRY(rotas.Generate(app::Caller::System(), request, nullptr, {}));
    }
  }
  return core::Ok();
}

}  // namespace salesdesk::modules::schedules
