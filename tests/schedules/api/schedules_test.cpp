// The schedules module through the API, on both engines: leave asked by the person and decided
// by their leader (never by themself), overlapping leave refused, the month's working days
// dropping with approved leave and holidays (RULES.md A-R4), rota generation that a second run
// leaves as it was, working days visible per role, attendance checked in and corrected.
#include <set>

#include "api/api_test_server.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class SchedulesTest : public ApiTest {
 protected:
  HttpResult Post(const std::string& user, const std::string& path, const json::object& body,
                  Headers headers = {}) {
    return Call(user, "POST", path, json::serialize(body), std::move(headers));
  }
  HttpResult Patch(const std::string& user, const std::string& entity, std::int64_t id,
                   const json::object& body) {
    return Call(user, "PATCH", "/api/v1/" + entity + "/" + std::to_string(id),
                json::serialize(body), {{"If-Match", ETagOf(entity, id)}});
  }
  std::int64_t Leave(const std::string& user, const char* from, const char* to,
                     json::object extra = {}) {
    json::object body{{"date_from", from}, {"date_to", to}, {"kind", "vacation"}};
    for (const auto& [k, v] : extra) body[k] = v;
    HttpResult r = Post(user, "/api/v1/leave-requests", body);
    EXPECT_EQ(r.status, 201) << r.Describe();
    return r.status == 201 ? IntAt(r.Json(), "id") : 0;
  }
  HttpResult WorkingDays(const std::string& user, const std::string& person,
                         const std::string& from = "2026-12-01",
                         const std::string& to = "2026-12-31") {
    return Call(user, "GET",
                "/api/v1/working-days?user_id=" + std::to_string(UserId(person)) + "&from=" + from +
                    "&to=" + to);
  }
  std::string DaysOf(const std::string& person) {
    HttpResult r = WorkingDays("director", person);
    EXPECT_EQ(r.status, 200) << r.Describe();
    return r.status == 200 ? StringAt(r.Json(), "working_days") : "";
  }
  std::int64_t Shift(const char* name, bool half_day = false) {
    HttpResult r = Post("director", "/api/v1/shifts",
                        {{"name", name},
                         {"kind", "office"},
                         {"start_time", "09:00"},
                         {"end_time", "17:00"},
                         {"half_day", half_day}});
    EXPECT_EQ(r.status, 201) << r.Describe();
    return r.status == 201 ? IntAt(r.Json(), "id") : 0;
  }
};

TEST_P(SchedulesTest, ApprovedLeaveAndHolidaysLowerTheMonthsWorkingDays) {
  // No work profile: Monday to Friday in the company's country (ES). December 2026: 23 weekdays.
  EXPECT_EQ(DaysOf("rep_a"), "23");
  for (const char* date : {"2026-12-08", "2026-12-25"}) {
    HttpResult h = Post("admin", "/api/v1/public-holidays",
                        {{"country", "ES"}, {"date", date}, {"name", "Fiesta"}});
    ASSERT_EQ(h.status, 201) << h.Describe();
  }
  // A German holiday does not touch a person working in Spain.
  ASSERT_EQ(Post("director", "/api/v1/public-holidays",
                 {{"country", "DE"}, {"date", "2026-12-24"}, {"name", "Heiligabend"}})
                .status,
            201);
  EXPECT_EQ(DaysOf("rep_a"), "21");  // A-R4: public holidays weigh 0

  // Mon 7 to Fri 11 December, the last day only the morning.
  const std::int64_t leave = Leave("rep_a", "2026-12-07", "2026-12-11", {{"to_half", true}});
  EXPECT_EQ(DaysOf("rep_a"), "21") << "requested leave does not count until approved";
  // The person never decides their own leave; a rep of the same team cannot even see it.
  HttpResult self = Patch("rep_a", "leave-requests", leave, {{"status", "approved"}});
  EXPECT_EQ(self.status, 403) << self.Describe();
  EXPECT_EQ(StringAt(self.Json(), "field"), "status");
  EXPECT_EQ(Patch("rep_b", "leave-requests", leave, {{"status", "approved"}}).status, 404);
  EXPECT_EQ(Patch("manager2", "leave-requests", leave, {{"status", "approved"}}).status, 404);

  HttpResult approved = Patch("manager", "leave-requests", leave, {{"status", "approved"}});
  ASSERT_EQ(approved.status, 200) << approved.Describe();
  EXPECT_EQ(IntAt(approved.Json(), "decided_by_id"), UserId("manager"));
  EXPECT_FALSE(StringAt(approved.Json(), "decided_on").empty());
  // 7 full, 8 a holiday already, 9 and 10 full, 11 half: 21 - 3.5 = 17.5.
  HttpResult days = WorkingDays("rep_a", "rep_a");
  ASSERT_EQ(days.status, 200) << days.Describe();
  const json::value v = days.Json();
  EXPECT_EQ(StringAt(v, "working_days"), "17.5");
  EXPECT_EQ(IntAt(v, "total_half_days"), 35);
  const json::value& dec7 = v.at("days").at(6);
  EXPECT_EQ(StringAt(dec7, "reason"), "leave");
  EXPECT_EQ(StringAt(dec7, "detail"), "vacation");
  EXPECT_EQ(StringAt(v.at("days").at(7), "reason"), "holiday");
  EXPECT_EQ(StringAt(v.at("days").at(10), "fraction"), "0.5");
  EXPECT_EQ(StringAt(v.at("days").at(5), "reason"), "weekend");

  // The decision is in the audit trail, which the rep reads for their own request.
  HttpResult audit =
      Call("rep_a", "GET",
           "/api/v1/audit-events?entity=leave-requests&entity_id=" + std::to_string(leave));
  ASSERT_EQ(audit.status, 200) << audit.Describe();
  EXPECT_EQ(IntAt(audit.Json(), "total"), 2);
  // Approved leave's dates no longer change; cancelling gives the days back.
  HttpResult moved = Patch("rep_a", "leave-requests", leave, {{"date_to", "2026-12-10"}});
  EXPECT_EQ(moved.status, 409) << moved.Describe();
  ASSERT_EQ(Patch("rep_a", "leave-requests", leave, {{"status", "cancelled"}}).status, 200);
  EXPECT_EQ(DaysOf("rep_a"), "21");
}

TEST_P(SchedulesTest, OverlappingLeaveIsRefusedNamingTheOtherRequest) {
  const std::int64_t first = Leave("rep_a", "2026-12-14", "2026-12-18", {{"to_half", true}});
  HttpResult overlap =
      Post("rep_a", "/api/v1/leave-requests",
           {{"date_from", "2026-12-17"}, {"date_to", "2026-12-22"}, {"kind", "training"}});
  EXPECT_EQ(overlap.status, 422) << overlap.Describe();
  EXPECT_EQ(StringAt(overlap.Json(), "field"), "date_from");
  EXPECT_NE(StringAt(overlap.Json(), "detail").find("2026-12-14"), std::string::npos)
      << overlap.body;
  // The afternoon of the 18th is still free.
  Leave("rep_a", "2026-12-18", "2026-12-22", {{"from_half", true}});
  // Another person's leave never overlaps.
  Leave("rep_b", "2026-12-14", "2026-12-18");
  // A rejected request frees its days.
  ASSERT_EQ(Patch("manager", "leave-requests", first, {{"status", "rejected"}}).status, 200);
  Leave("rep_a", "2026-12-15", "2026-12-16");
  // Bad input names its field.
  HttpResult backwards =
      Post("rep_a", "/api/v1/leave-requests",
           {{"date_from", "2026-11-10"}, {"date_to", "2026-11-09"}, {"kind", "vacation"}});
  EXPECT_EQ(backwards.status, 422);
  EXPECT_EQ(StringAt(backwards.Json(), "field"), "date_to");
  HttpResult self_approved = Post("rep_a", "/api/v1/leave-requests",
                                  {{"date_from", "2026-11-02"},
                                   {"date_to", "2026-11-02"},
                                   {"kind", "sick"},
                                   {"status", "approved"}});
  EXPECT_EQ(self_approved.status, 403) << self_approved.Describe();
  HttpResult bad_kind =
      Post("rep_a", "/api/v1/leave-requests",
           {{"date_from", "2026-11-02"}, {"date_to", "2026-11-02"}, {"kind", "holiday"}});
  EXPECT_EQ(StringAt(bad_kind.Json(), "field"), "kind");
}

// A generated rota lays no shift on a public holiday of the person's country or on their
// approved leave; a half day keeps its shift.
// An admin fills a year's national holidays from the calendar; dates the country already has
// keep their record, so a second run creates nothing; unknown countries and years name the field.
TEST_P(SchedulesTest, AYearsNationalHolidaysAreGeneratedOnce) {
  // A regional day already kept on a national date: its record stays as the admin wrote it.
  ASSERT_EQ(Post("admin", "/api/v1/public-holidays",
                 {{"country", "ES"}, {"date", "2027-01-06"}, {"name", "Reyes (ours)"}})
                .status,
            201);
  const json::object body{{"country", "ES"}, {"year", 2027}};
  EXPECT_EQ(Post("rep_a", "/api/v1/public-holidays/generate", body).status, 403);
  HttpResult first = Post("admin", "/api/v1/public-holidays/generate", body);
  ASSERT_EQ(first.status, 200) << first.Describe();
  const json::value answer = first.Json();
  std::set<std::string> dates;
  for (const auto& h : answer.at("entries").as_array()) {
    dates.insert(std::string(h.at("date").as_string()));
  }
  // Spain's national days of 2027: Good Friday is 26 March (Easter Sunday 28 March).
  EXPECT_TRUE(dates.count("2027-01-01"));
  EXPECT_TRUE(dates.count("2027-03-26"));
  EXPECT_TRUE(dates.count("2027-12-25"));
  EXPECT_FALSE(dates.count("2027-01-06")) << "kept as the admin wrote it";
  EXPECT_EQ(IntAt(answer, "kept"), 1);
  EXPECT_EQ(IntAt(answer, "created"), static_cast<std::int64_t>(dates.size()));
  HttpResult again = Post("director", "/api/v1/public-holidays/generate", body);
  ASSERT_EQ(again.status, 200) << again.Describe();
  EXPECT_EQ(IntAt(again.Json(), "created"), 0);
  EXPECT_EQ(IntAt(again.Json(), "kept"), IntAt(answer, "created") + 1);
  HttpResult unknown =
      Post("admin", "/api/v1/public-holidays/generate", {{"country", "XX"}, {"year", 2027}});
  EXPECT_EQ(unknown.status, 422) << unknown.Describe();
  EXPECT_EQ(StringAt(unknown.Json(), "field"), "country");
  HttpResult early =
      Post("admin", "/api/v1/public-holidays/generate", {{"country", "ES"}, {"year", 1200}});
  EXPECT_EQ(StringAt(early.Json(), "field"), "year") << early.body;
  HttpResult missing = Post("admin", "/api/v1/public-holidays/generate", {{"country", "ES"}});
  EXPECT_EQ(StringAt(missing.Json(), "field"), "year") << missing.body;
}

TEST_P(SchedulesTest, RotaGenerationSkipsHolidaysAndApprovedLeave) {
  const std::int64_t office = Shift("Office");
  const std::string country =
      StringAt(Call("director", "GET", "/api/v1/settings").Json(), "country");
  ASSERT_EQ(Post("director", "/api/v1/public-holidays",
                 {{"country", country}, {"date", "2026-12-08"}, {"name", "Holiday"}})
                .status,
            201);
  ASSERT_EQ(
      Post("director", "/api/v1/public-holidays",
           {{"country", country}, {"date", "2026-12-24"}, {"name", "Eve"}, {"half_day", true}})
          .status,
      201);
  const std::int64_t away = Leave("rep_b", "2026-12-14", "2026-12-15");
  ASSERT_EQ(Patch("manager", "leave-requests", away, {{"status", "approved"}}).status, 200);
  Leave("rep_a", "2026-12-16", "2026-12-16");  // only requested: rep_a still works that day

  HttpResult rota = Post(
      "manager", "/api/v1/rotas/generate",
      {{"team_id", Seeded("team:Iberia")}, {"month", "2026-12"}, {"pattern", json::array{office}}});
  ASSERT_EQ(rota.status, 200) << rota.Describe();
  // 23 weekdays: rep_a loses the holiday (22), rep_b the holiday and two days of leave (20).
  EXPECT_EQ(IntAt(rota.Json(), "created"), 42);
  std::set<std::string> days_of_b;
  const json::value answer = rota.Json();
  for (const auto& e : answer.at("entries").as_array()) {
    EXPECT_NE(std::string(e.at("date").as_string()), "2026-12-08");
    if (e.at("owner_id").as_int64() == UserId("rep_b")) {
      days_of_b.insert(std::string(e.at("date").as_string()));
    }
  }
  EXPECT_FALSE(days_of_b.count("2026-12-14"));
  EXPECT_FALSE(days_of_b.count("2026-12-15"));
  EXPECT_TRUE(days_of_b.count("2026-12-24")) << "a half-day holiday keeps its shift";
}

TEST_P(SchedulesTest, RotaGenerationIsIdempotentAndFeedsTheWorkingDays) {
  const std::int64_t office = Shift("Office"), visits = Shift("Visits");
  const std::int64_t iberia = Seeded("team:Iberia");
  const json::object body{
      {"team_id", iberia}, {"month", "2026-12"}, {"pattern", json::array{office, visits, "off"}}};
  // Only a leader of the team (or above) lays its rota.
  EXPECT_EQ(Post("rep_a", "/api/v1/rotas/generate", body).status, 403);
  HttpResult outside = Post("manager2", "/api/v1/rotas/generate", body);
  EXPECT_EQ(outside.status, 403) << outside.Describe();
  EXPECT_EQ(StringAt(outside.Json(), "field"), "team_id");

  HttpResult first = Post("manager", "/api/v1/rotas/generate", body, {{"Idempotency-Key", "r1"}});
  ASSERT_EQ(first.status, 200) << first.Describe();
  // rep_a and rep_b, 23 weekdays each.
  EXPECT_EQ(IntAt(first.Json(), "created"), 46);
  EXPECT_EQ(IntAt(first.Json(), "kept"), 0);
  HttpResult replay = Post("manager", "/api/v1/rotas/generate", body, {{"Idempotency-Key", "r1"}});
  EXPECT_EQ(replay.status, 200);
  EXPECT_EQ(replay.body, first.body);
  HttpResult again = Post("manager", "/api/v1/rotas/generate", body);
  ASSERT_EQ(again.status, 200) << again.Describe();
  EXPECT_EQ(IntAt(again.Json(), "created"), 0);
  EXPECT_EQ(IntAt(again.Json(), "kept"), 46);
  EXPECT_EQ(IntAt(Call("director", "GET", "/api/v1/rota-entries?limit=1").Json(), "total"), 46);

  // Member 0 (rep_a, the lower id) is off on scheduled days 3, 6, ... 21: 7 of 23.
  EXPECT_EQ(DaysOf("rep_a"), "16");
  // rep_b starts one step later: off on days 2, 5, ... 23: 8 of 23.
  EXPECT_EQ(DaysOf("rep_b"), "15");
  // The rep reads their rota and cannot change it; the manager moves a day off.
  HttpResult mine = Call("rep_a", "GET", "/api/v1/rota-entries?day_off=true&limit=50");
  ASSERT_EQ(mine.status, 200);
  EXPECT_EQ(IntAt(mine.Json(), "total"), 7);
  const std::int64_t off = IntAt(mine.Json().at("items").at(0), "id");
  EXPECT_EQ(Patch("rep_a", "rota-entries", off, {{"day_off", false}, {"shift_id", office}}).status,
            403);
  HttpResult moved =
      Patch("manager", "rota-entries", off, {{"day_off", false}, {"shift_id", office}});
  EXPECT_EQ(moved.status, 200) << moved.Describe();
  EXPECT_EQ(DaysOf("rep_a"), "17");
  // A rota entry is a shift or a day off, and one per person and day.
  HttpResult both = Post("manager", "/api/v1/rota-entries",
                         {{"owner_id", UserId("rep_a")},
                          {"date", "2027-01-04"},
                          {"shift_id", office},
                          {"day_off", true}});
  EXPECT_EQ(both.status, 422) << both.Describe();
  HttpResult twice =
      Post("manager", "/api/v1/rota-entries",
           {{"owner_id", UserId("rep_a")}, {"date", "2026-12-01"}, {"shift_id", visits}});
  EXPECT_EQ(twice.status, 422) << twice.Describe();
  EXPECT_EQ(StringAt(twice.Json(), "field"), "date");
  // Bad bodies name their field.
  for (const auto& [bad, field] : std::vector<std::pair<json::object, const char*>>{
           {{{"team_id", iberia}, {"month", "2026-13"}, {"pattern", json::array{office}}}, "month"},
           {{{"team_id", iberia}, {"month", "2026-12"}, {"pattern", json::array{}}}, "pattern"},
           {{{"team_id", iberia}, {"month", "2026-12"}, {"pattern", json::array{"late"}}},
            "pattern"},
           {{{"month", "2026-12"}, {"pattern", json::array{office}}}, "team_id"},
           {{{"team_id", iberia},
             {"month", "2026-12"},
             {"pattern", json::array{office}},
             {"extra", 1}},
            "extra"}}) {
    HttpResult r = Post("manager", "/api/v1/rotas/generate", bad);
    EXPECT_EQ(r.status, 422) << field << ": " << r.Describe();
    EXPECT_EQ(StringAt(r.Json(), "field"), field) << r.body;
  }
}

TEST_P(SchedulesTest, WorkingDaysArePerRoleAndProfilesShapeThem) {
  // A part-timer in Germany: Monday to Thursday, Thursdays only the morning.
  HttpResult profile = Post("manager", "/api/v1/work-profiles",
                            {{"owner_id", UserId("rep_b")},
                             {"valid_from", "2026-01-01"},
                             {"country", "DE"},
                             {"weekdays", "1234"},
                             {"half_weekdays", "4"}});
  ASSERT_EQ(profile.status, 201) << profile.Describe();
  // December 2026: 4 Mondays, 5 Tuesdays, 5 Wednesdays, 5 Thursdays (half): 14 + 2.5.
  EXPECT_EQ(DaysOf("rep_b"), "16.5");
  HttpResult bad = Post("manager", "/api/v1/work-profiles",
                        {{"owner_id", UserId("rep_b")},
                         {"valid_from", "2027-01-01"},
                         {"country", "DE"},
                         {"weekdays", "1238"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(StringAt(bad.Json(), "field"), "weekdays");
  EXPECT_EQ(
      Post("rep_a", "/api/v1/work-profiles", {{"valid_from", "2026-01-01"}, {"country", "ES"}})
          .status,
      403);

  struct Cell {
    const char* user;
    const char* person;
    int status;
  };
  for (const Cell& c :
       {Cell{"rep_a", "rep_a", 200}, Cell{"rep_a", "rep_b", 403}, Cell{"manager", "rep_b", 200},
        Cell{"manager", "rep_c", 403}, Cell{"manager2", "rep_c", 200}, Cell{"senior", "rep_a", 200},
        Cell{"director", "rep_c", 200}, Cell{"finance", "rep_a", 403},
        Cell{"admin", "admin", 403}}) {
    HttpResult r = WorkingDays(c.user, c.person);
    EXPECT_EQ(r.status, c.status) << c.user << " on " << c.person << ": " << r.Describe();
  }
  // The caller's own by default; bad parameters name themselves.
  HttpResult own = Call("rep_c", "GET", "/api/v1/working-days?from=2026-12-01&to=2026-12-07");
  ASSERT_EQ(own.status, 200) << own.Describe();
  EXPECT_EQ(IntAt(own.Json(), "user_id"), UserId("rep_c"));
  EXPECT_EQ(StringAt(own.Json(), "working_days"), "5");
  for (const auto& [query, field] : std::vector<std::pair<std::string, std::string>>{
           {"from=2026-12-01", "to"},
           {"to=2026-12-01", "from"},
           {"from=2026-12-10&to=2026-12-01", "to"},
           {"from=2026-01-01&to=2027-12-31", "to"},
           {"from=2026-02-30&to=2026-03-01", "from"},
           {"from=2026-12-01&to=2026-12-02&user_id=x", "user_id"},
           {"from=2026-12-01&to=2026-12-02&month=12", "month"}}) {
    HttpResult r = Call("rep_a", "GET", "/api/v1/working-days?" + query);
    EXPECT_EQ(r.status, 422) << query << ": " << r.Describe();
    EXPECT_EQ(StringAt(r.Json(), "field"), field) << query << ": " << r.body;
  }
}

TEST_P(SchedulesTest, AttendanceIsCheckedInByThePersonAndCorrectionsAreMarked) {
  HttpResult in =
      Post("rep_a", "/api/v1/attendance",
           {{"date", "2026-12-03"}, {"check_in", "08:05"}, {"place", "Hospital Clinic"}});
  ASSERT_EQ(in.status, 201) << in.Describe();
  const std::int64_t id = IntAt(in.Json(), "id");
  EXPECT_EQ(IntAt(in.Json(), "owner_id"), UserId("rep_a"));
  HttpResult out = Patch("rep_a", "attendance", id, {{"check_out", "17:40"}});
  ASSERT_EQ(out.status, 200) << out.Describe();
  EXPECT_FALSE(out.Json().at("corrected").as_bool());
  // One record per person and day; times are HH:MM and check-out follows check-in.
  HttpResult twice =
      Post("rep_a", "/api/v1/attendance", {{"date", "2026-12-03"}, {"check_in", "09:00"}});
  EXPECT_EQ(twice.status, 422);
  EXPECT_EQ(StringAt(twice.Json(), "field"), "date");
  HttpResult bad_time =
      Post("rep_a", "/api/v1/attendance", {{"date", "2026-12-04"}, {"check_in", "8:5"}});
  EXPECT_EQ(StringAt(bad_time.Json(), "field"), "check_in");
  HttpResult late =
      Post("rep_a", "/api/v1/attendance", {{"date", "2026-12-04"}, {"check_in", "25:00"}});
  EXPECT_EQ(StringAt(late.Json(), "field"), "check_in");
  HttpResult backwards = Patch("rep_a", "attendance", id, {{"check_out", "07:00"}});
  EXPECT_EQ(StringAt(backwards.Json(), "field"), "check_out");

  // The manager sees the team's day and corrects it: marked, and kept in the audit trail.
  HttpResult team = Call("manager", "GET", "/api/v1/attendance?date=2026-12-03");
  EXPECT_EQ(IntAt(team.Json(), "total"), 1);
  EXPECT_EQ(IntAt(Call("manager2", "GET", "/api/v1/attendance?date=2026-12-03").Json(), "total"),
            0);
  EXPECT_EQ(Call("rep_b", "GET", "/api/v1/attendance/" + std::to_string(id)).status, 404);
  EXPECT_EQ(Call("finance", "GET", "/api/v1/attendance").status, 403);
  HttpResult corrected = Patch("manager", "attendance", id, {{"check_in", "07:55"}});
  ASSERT_EQ(corrected.status, 200) << corrected.Describe();
  EXPECT_TRUE(corrected.Json().at("corrected").as_bool());
  HttpResult audit = Call("rep_a", "GET",
                          "/api/v1/audit-events?entity=attendance&entity_id=" + std::to_string(id));
  EXPECT_EQ(IntAt(audit.Json(), "total"), 3);
}

SD_INSTANTIATE_API_TEST(SchedulesTest);

}  // namespace
}  // namespace salesdesk::api_test
