// The schedules module's rows of the access matrix, written out from issue 11 and the brief: a
// person's schedule belongs to them (a rep sees their own, a leader their team's sub-tree, the
// director everyone); leaders keep the rota and the work profiles, the person asks for leave and
// checks in; holidays and shifts are shared calendars (admins and the director keep the
// holidays, leaders the shifts); finance, admins and logistics see no one's schedule.
#include "api/access_matrix_modules.h"
#include "core/time/date.h"

namespace salesdesk::api_test::matrix {
namespace {

// Reads own / team records, changes none of them.
constexpr Policy SR{Read::kScoped, false};

// A distinct day per created record, so per-person-and-day rules never collide.
std::string DayOf(const std::string& n) {
  return core::Date::FromCivil(2030, 1, 1).value().AddDays(std::stoll(n)).value().ToString();
}

std::vector<Row> Rows() {
  std::vector<Row> rows;
  for (const char* e : {"public-holidays", "work-profiles", "shifts", "rota-entries",
                        "leave-requests", "attendance"}) {
    for (Row r : CrudRows(e)) rows.push_back(r);
  }
  rows.push_back({"GET", "/api/v1/working-days", Op::kModule, ""});
  rows.push_back({"POST", "/api/v1/rotas/generate", Op::kModule, ""});
  rows.push_back({"POST", "/api/v1/public-holidays/generate", Op::kModule, ""});
  return rows;
}

// Whose working days each role may read (the scoped owners of access_matrix_table.h).
bool SeesSchedule(const std::string& role, const std::string& person) {
  if (role == "director") return true;
  auto it = kScopedOwners.find(role);
  return it != kScopedOwners.end() && it->second.count(person) > 0;
}

std::vector<Probe> Probes(const Row& row, const std::string& role, const Lookup& id) {
  const std::string pattern = row.pattern;
  std::vector<Probe> out;
  if (pattern == "/api/v1/working-days") {
    std::string own;
    for (const auto& a : kActors) {
      if (role == a.role) own = a.user;
    }
    std::vector<std::string> people{"rep_a", "rep_b", "rep_c"};
    if (own != "rep_a") people.push_back(own);
    for (const auto& person : people) {
      out.push_back({"on " + person,
                     "/api/v1/working-days?user_id=" + std::to_string(id("user:" + person)) +
                         "&from=2026-12-01&to=2026-12-31",
                     "", SeesSchedule(role, person) ? 200 : 403});
    }
  } else if (pattern == "/api/v1/public-holidays/generate") {
    // A country the calendar does not know: whoever keeps the holidays gets 422, nothing made.
    const bool keeper = role == "director" || role == "admin";
    out.push_back(
        {"unknown country", pattern, R"({"country":"XX","year":2030})", keeper ? 422 : 403});
  } else if (pattern == "/api/v1/rotas/generate") {
    // A shift that does not exist: a permitted leader gets 422 and nothing is created.
    const bool leader = role == "manager" || role == "senior_manager";
    for (const char* team : {"Iberia", "Asia"}) {
      const bool permitted = role == "director" || (leader && std::string(team) == "Iberia");
      out.push_back({std::string("for ") + team, "/api/v1/rotas/generate",
                     R"({"team_id":)" + std::to_string(id(std::string("team:") + team)) +
                         R"(,"month":"2026-12","pattern":[987654]})",
                     permitted ? 422 : 403});
    }
  }
  return out;
}

// clang-format off
[[maybe_unused]] const bool kRegistered = AddModuleMatrix({
    .module = "schedules",
    .policies = {
        //                  rep manager senior director finance admin logistics
        {"public-holidays", R,  R,      R,     RW,      R,      RW,   R},
        {"work-profiles",   SR, S,      S,     RW,      N,      N,    N},
        {"shifts",          R,  RW,     RW,    RW,      R,      RW,   R},
        {"rota-entries",    SR, S,      S,     RW,      N,      N,    N},
        {"leave-requests",  S,  S,      S,     RW,      N,      N,    N},
        {"attendance",      S,  S,      S,     RW,      N,      N,    N},
    },
    .audit = {
        {"public-holidays", kA, kA,     kA,    kA,      kA,     kN,   kA},
        {"work-profiles",   kS, kS,     kS,    kA,      kN,     kN,   kN},
        {"shifts",          kA, kA,     kA,    kA,      kA,     kN,   kA},
        {"rota-entries",    kS, kS,     kS,    kA,      kN,     kN,   kN},
        {"leave-requests",  kS, kS,     kS,    kA,      kN,     kN,   kN},
        {"attendance",      kS, kS,     kS,    kA,      kN,     kN,   kN},
    },
    .rows = Rows(),
    .create_body =
        [](const std::string& entity, const std::string& n, std::int64_t owner_id,
           const std::function<std::int64_t(const std::string&)>& shared)
        -> std::optional<boost::json::object> {
      const std::string day = DayOf(n);
      if (entity == "public-holidays") {
        return boost::json::object{{"country", "ES"}, {"date", day}, {"name", "Holiday " + n}};
      }
      if (entity == "shifts") {
        return boost::json::object{{"name", "Shift " + n}, {"kind", "office"},
                                   {"start_time", "09:00"}, {"end_time", "17:00"}};
      }
      if (entity == "work-profiles") {
        return boost::json::object{{"owner_id", owner_id}, {"valid_from", day}, {"country", "ES"},
                                   {"weekdays", "12345"}};
      }
      if (entity == "rota-entries") {
        return boost::json::object{{"owner_id", owner_id}, {"date", day},
                                   {"shift_id", shared("shifts")}};
      }
      if (entity == "leave-requests") {
        return boost::json::object{{"owner_id", owner_id}, {"date_from", day}, {"date_to", day},
                                   {"kind", "vacation"}};
      }
      if (entity == "attendance") {
        return boost::json::object{{"owner_id", owner_id}, {"date", day}, {"check_in", "08:30"}};
      }
      return std::nullopt;
    },
    .patch_bodies = {{"public-holidays", R"({"half_day":true})"},
                     {"work-profiles", R"({"half_weekdays":"5"})"},
                     {"shifts", R"({"end_time":"17:30"})"},
                     {"rota-entries", R"({"note":"matrix"})"},
                     {"leave-requests", R"({"note":"matrix"})"},
                     {"attendance", R"({"place":"Office"})"}},
    .owned = {"work-profiles", "rota-entries", "leave-requests", "attendance"},
    .probes = Probes,
});
// clang-format on

}  // namespace
}  // namespace salesdesk::api_test::matrix
