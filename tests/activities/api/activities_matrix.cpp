// The activities module's rows of the access matrix. Activities are a salesperson's own work:
// reps log and read their own, managers and senior managers their team's, the director all;
// finance reads them (payment talk is in visit reports) and writes none; admins and logistics
// have no business with them. The timeline reads like the record it is about; "Today" answers
// every signed-in user their own day; the review queue and the morning meeting answer the leaders.
// A daily report is its rep's alone to write and submit; their line reads it and the leader reviews
// it; finance has no business with it.
#include "api/access_matrix_modules.h"
#include "core/time/date.h"

namespace salesdesk::api_test::matrix {
namespace {

std::vector<Row> Rows() {
  std::vector<Row> rows = CrudRows("activities");
  for (Row& r : CrudRows("daily-reports", false)) rows.push_back(std::move(r));
  rows.push_back({"GET", "/api/v1/timeline", Op::kAbout, "accounts"});
  rows.push_back({"GET", "/api/v1/me/today", Op::kMe});
  rows.push_back({"GET", "/api/v1/daily-reports/review-queue", Op::kModule, ""});
  rows.push_back({"GET", "/api/v1/morning-meeting", Op::kModule, ""});
  return rows;
}

// The morning meeting is the leaders' (decision 0059): their own team by default; the manager of
// Iberia may not hold Asia's, the director holds any.
std::vector<Probe> MorningMeetingProbes(const std::string& role, const Lookup& id) {
  const bool leads = role == "manager" || role == "senior_manager" || role == "director";
  const std::string asia = "/api/v1/morning-meeting?team_id=" + std::to_string(id("team:Asia"));
  return {{"the own team", "/api/v1/morning-meeting", "", leads ? 200 : 403},
          {"Asia", asia, "", role == "director" ? 200 : 403}};
}

// The review queue is the leaders': a rep has nobody's reports to review.
std::vector<Probe> Probes(const Row& row, const std::string& role, const Lookup& id) {
  if (std::string(row.pattern) == "/api/v1/morning-meeting") return MorningMeetingProbes(role, id);
  if (std::string(row.pattern) != "/api/v1/daily-reports/review-queue") return {};
  const bool leads = role == "manager" || role == "senior_manager" || role == "director";
  return {{"the queue", row.pattern, "", leads ? 200 : 403}};
}

// clang-format off
[[maybe_unused]] const bool kRegistered = AddModuleMatrix({
    .module = "activities",
    .policies = {
        //             rep manager senior director finance admin logistics
        {"activities", S,  S,      S,     RW,      R,      N,    N},
        // The rep's report of their day: their line reads it, the leader reviews it.
        {"daily-reports", S, S,    S,     RW,      N,      N,    N},
    },
    .audit = {
        {"activities", kS, kS,     kS,    kA,      kA,     kN,   kN},
        {"daily-reports", kS, kS,  kS,    kA,      kN,     kN,   kN},
    },
    .rows = Rows(),
    .create_body =
        [](const std::string& entity, const std::string& n, std::int64_t owner_id,
           const std::function<std::int64_t(const std::string&)>& /*shared*/)
        -> std::optional<boost::json::object> {
      if (entity == "daily-reports") {
        // One report per rep and day: a day of its own per body, before the test clock's today.
        const auto day = core::Date::FromDaysSinceEpoch(10'000 + std::stoll(n)).value();
        boost::json::object body{{"report_date", day.ToString()}, {"note", "Matrix " + n}};
        if (owner_id != 0) body["owner_id"] = owner_id;
        return body;
      }
      if (entity != "activities") return std::nullopt;
      boost::json::object body{{"kind", "call"}, {"subject", "Matrix " + n},
                               {"planned_at", "2026-12-03T09:00:00+01:00"}};
      if (owner_id != 0) body["owner_id"] = owner_id;
      return body;
    },
    // A draft stays a draft: the one change its rep and their leader may both make.
    .patch_bodies = {{"activities", R"({"report":"matrix"})"},
                     {"daily-reports", R"({"status":"draft"})"}},
    .owned = {"activities", "daily-reports"},
    .self_created = {"daily-reports"},
    .probes = Probes,
});
// clang-format on

}  // namespace
}  // namespace salesdesk::api_test::matrix
