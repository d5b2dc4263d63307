// The mail module's rows of the access matrix. The outbox is customer correspondence, read like
// the activities it is logged as: a rep their own messages, a manager and a senior manager their
// team's, the director all; finance, admins and logistics none. Messages change only through
// the module (queueing, the sender job), so their generic reads are probed per role (the matrix
// cannot seed them through the generic create). E-mailing a quote is for who may send the quote
// (who writes quotes); aimed at a quote that does not exist, so nothing is queued. Each person
// reads and rotates their own calendar feed; the feed itself needs no session, and a wrong token
// is a 404 for everyone, signed in or not. Invoices, credit notes and dunning letters are
// e-mailed by who writes invoices (finance, the director), aimed at documents that do not exist;
// who reads dunning runs reads where a run's letters stand.
#include <deque>

#include "api/access_matrix_modules.h"

namespace salesdesk::api_test::matrix {
namespace {

const char* const kReadOnly[] = {"outbox-messages", "outbox-attachments", "calendar-feeds"};
// Billing documents are e-mailed by who writes invoices: finance and the director.
const char* const kBillingDocuments[] = {
    "/api/v1/invoices/{id}/email", "/api/v1/credit-notes/{id}/email",
    "/api/v1/dunning-claims/{id}/email", "/api/v1/dunning-runs/{id}/send"};  // decision 0049

std::vector<Row> Rows() {
  std::vector<Row> rows;
  static std::deque<std::string> patterns;  // Row holds const char*
  auto keep = [](std::string s) { return patterns.emplace_back(std::move(s)).c_str(); };
  for (const char* e : kReadOnly) {
    const std::string base = std::string("/api/v1/") + e;
    for (const std::string& p : {base, base + "/{id}", base + "/aggregate", base + "/export"}) {
      rows.push_back({"GET", keep(p), Op::kModule, ""});
    }
  }
  rows.push_back({"POST", "/api/v1/quotes/{id}/email", Op::kModule, ""});
  for (const char* p : kBillingDocuments) rows.push_back({"POST", p, Op::kModule, ""});
  rows.push_back({"POST", "/api/v1/me/calendar-feed", Op::kModule, ""});
  rows.push_back({"GET", "/api/v1/calendar/feed.ics", Op::kModule, ""});
  rows.push_back({"GET", "/api/v1/calendar/week", Op::kModule, ""});
  rows.push_back({"GET", "/api/v1/dunning-runs/{id}/letters", Op::kModule, ""});
  return rows;
}

bool ReadsOutbox(const std::string& role) {
  return role == "rep" || role == "manager" || role == "senior_manager" || role == "director";
}
// Who writes quotes, so may e-mail them: the same four.
bool SendsQuotes(const std::string& role) { return ReadsOutbox(role); }
// Whose week a role sees: activities' readers (finance reads all), within their scope.
bool SeesWeekOf(const std::string& role, const std::string& person) {
  if (role == "director" || role == "finance") return true;
  auto it = kScopedOwners.find(role);
  return it != kScopedOwners.end() && it->second.count(person) > 0;
}

std::vector<Probe> Probes(const Row& row, const std::string& role, const Lookup& id) {
  const std::string pattern = row.pattern;
  if (pattern == "/api/v1/calendar/week") {
    std::vector<Probe> out;
    const bool reads = role != "admin" && role != "logistics";
    out.push_back({"own week", pattern + "?date=2026-12-03", "", reads ? 200 : 403});
    for (const char* person : {"rep_a", "rep_b", "rep_c"}) {
      out.push_back({std::string("week of ") + person,
                     pattern + "?date=2026-12-03&user_id=" +
                         std::to_string(id(std::string("user:") + person)),
                     "", reads && SeesWeekOf(role, person) ? 200 : 403});
    }
    return out;
  }
  if (pattern == "/api/v1/quotes/{id}/email") {
    return {{"a missing quote", "/api/v1/quotes/987654/email", R"({"to":"buyer@clinic.example"})",
             SendsQuotes(role) ? 404 : 403}};
  }
  for (const char* p : kBillingDocuments) {
    if (pattern != p) continue;
    const bool sends = role == "finance" || role == "director";
    std::string missing = pattern;
    missing.replace(missing.find("{id}"), 4, "987654");
    return {{"a missing document", missing, R"({"to":"ap@customer.example"})", sends ? 404 : 403}};
  }
  if (pattern == "/api/v1/dunning-runs/{id}/letters") {
    // Who reads the run (finance, the director) reads where its letters stand (decision 0068).
    const bool reads = role == "finance" || role == "director";
    return {{"a missing run", "/api/v1/dunning-runs/987654/letters", "", reads ? 404 : 403}};
  }
  if (pattern == "/api/v1/me/calendar-feed") return {{"rotate own", pattern, "", 200}};
  if (pattern == "/api/v1/calendar/feed.ics") {
    return {{"a wrong token", pattern + "?token=not-a-feed", "", 404, true},
            {"no token", pattern, "", 404, true}};
  }
  for (const char* e : kReadOnly) {
    const std::string base = std::string("/api/v1/") + e;
    if (pattern != base && !pattern.starts_with(base + "/")) continue;
    // Everyone reads their own feeds (personal); the outbox is for the four sales roles.
    const bool reads = std::string(e) == "calendar-feeds" || ReadsOutbox(role);
    if (pattern.ends_with("/{id}"))
      return {{"missing id", base + "/987654", "", reads ? 404 : 403}};
    return {{"read", pattern, "", reads ? 200 : 403}};
  }
  return {};
}

[[maybe_unused]] const bool kRegistered = AddModuleMatrix({
    .module = "mail",
    .rows = Rows(),
    .create_body = [](const std::string&, const std::string&, std::int64_t,
                      const std::function<std::int64_t(const std::string&)>&)
        -> std::optional<boost::json::object> { return std::nullopt; },
    .probes = Probes,
});

}  // namespace
}  // namespace salesdesk::api_test::matrix
