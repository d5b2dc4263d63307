// Attainment (money plans: revenue, margin) and activity against targets (count plans: visits,
// calls, orders, new customers), both from the targets module's progress per person (RULES A,
// 0.3). The team line adds the people's targets and actuals per measure and currency (a
// currency is never added to another) and takes attainment of the sums, rounded once; the
// team's pace is the sum of each person's (each must do that much per working day of their own).
#include <map>
#include <tuple>

#include "app/records/record_fields.h"
#include "modules/cockpit/app/drill.h"
#include "modules/cockpit/app/sections.h"
#include "modules/targets/app/progress_service.h"
#include "modules/targets/core/pace.h"

namespace salesdesk::modules::cockpit {
namespace {

namespace json = boost::json;
namespace tg = modules::targets;

bool IsMoney(const std::string& measure) { return measure == "revenue" || measure == "margin"; }

json::value Optional(const std::optional<std::int64_t>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}

// The records an actual counts over [from, to]: one person's (`owner`), or with no owner
// filter all the caller sees (the team's line).
std::string ActualDrill(const std::string& measure, const DrillFilters& owner, core::Date from,
                        core::Date to) {
  auto with = [&](DrillFilters more) {
    DrillFilters f = owner;
    f.insert(f.end(), more.begin(), more.end());
    return f;
  };
  if (IsMoney(measure)) {
    return Drill("/invoices", with({{"status", "posted"},
                                    {"invoice_date__gte", from.ToString()},
                                    {"invoice_date__lte", to.ToString()}}));
  }
  if (measure == "visits" || measure == "calls") {
    return Drill("/activities",
                 with({{"kind", measure == "visits" ? "visit" : "call"}, {"status", "done"}}));
  }
  if (measure == "orders") {
    return Drill("/sales-orders", with({{"status", "confirmed"},
                                        {"ordered_on__gte", from.ToString()},
                                        {"ordered_on__lte", to.ToString()}}));
  }
  return Drill("/accounts", owner);  // new customers: the accounts
}

DrillFilters OwnerFilter(std::int64_t user) { return {{"owner_id", std::to_string(user)}}; }

// Sums over people for one measure and currency.
struct TeamLine {
  std::map<std::string, std::pair<std::int64_t, std::int64_t>> periods;  // target, actual
  std::optional<std::int64_t> month_per_day = 0, year_per_day = 0;
  int people = 0;
};

void AddPace(std::optional<std::int64_t>& sum, const std::optional<std::int64_t>& v) {
  sum = sum && v ? std::optional(*sum + *v) : std::nullopt;
}

json::object PlanJson(const tg::PlanProgress& p, const Person& person, core::Date as_of) {
  const std::string measure = app::TextOf(p.plan, "measure");
  const std::string currency = app::TextOf(p.plan, "currency");
  json::object periods;
  core::Date month_from = as_of;
  for (const auto& period : p.progress.periods) {
    periods[period.name] = json::object{{"target", period.target},
                                        {"target_to_date", period.target_to_date},
                                        {"actual", period.actual},
                                        {"attainment_bp", Optional(period.attainment_bp)}};
    if (period.name == "month") month_from = period.from;
  }
  json::object out{{"plan_id", app::RecordId(p.plan)},
                   {"measure", measure},
                   {"currency", currency.empty() ? json::value(nullptr) : json::value(currency)},
                   {"periods", std::move(periods)},
                   {"pace",
                    {{"month",
                      {{"per_day", Optional(p.progress.month.per_day)},
                       {"remaining_half_days", p.progress.month.remaining_half_days}}},
                     {"year",
                      {{"per_day", Optional(p.progress.year.per_day)},
                       {"remaining_half_days", p.progress.year.remaining_half_days}}}}},
                   {"drill", ActualDrill(measure, OwnerFilter(person.id), month_from, as_of)}};
  if (!p.actual_available) {
    out["actual_missing"] = "not_built";  // margin: invoices carry no cost in progress yet
  }
  return out;
}

json::array TeamJson(const std::map<std::tuple<std::string, std::string>, TeamLine>& lines,
                     bool money, const SectionContext& c) {
  const DrillFilters owner = c.scope == Scope::kMe ? OwnerFilter(c.caller.user_id) : DrillFilters{};
  json::array out;
  for (const auto& [key, line] : lines) {
    const auto& [measure, currency] = key;
    if (IsMoney(measure) != money) continue;
    json::object periods;
    for (const auto& [name, ta] : line.periods) {
      periods[name] =
          json::object{{"target", ta.first},
                       {"actual", ta.second},
                       {"attainment_bp", Optional(tg::AttainmentBp(ta.second, ta.first))}};
    }
    out.push_back(
        json::object{{"measure", measure},
                     {"currency", currency.empty() ? json::value(nullptr) : json::value(currency)},
                     {"people", line.people},
                     {"periods", std::move(periods)},
                     {"pace",
                      {{"month_per_day", Optional(line.month_per_day)},
                       {"year_per_day", Optional(line.year_per_day)}}},
                     {"drill", ActualDrill(measure, owner, c.period.First(), c.as_of)}});
  }
  return out;
}

}  // namespace

core::Result<json::object> TargetSections(const SectionContext& c) {
  std::map<std::tuple<std::string, std::string>, TeamLine> team;
  json::array money_people, activity_people;
  for (const Person& person : c.people) {
    SD_ASSIGN(tg::ProgressReport report,
              tg::ReadProgress(c.store, c.clock, c.caller, person.id, c.as_of));
    json::array money, activity;
    for (const auto& p : report.plans) {
      const std::string measure = app::TextOf(p.plan, "measure");
      (IsMoney(measure) ? money : activity).push_back(PlanJson(p, person, c.as_of));
      if (!p.actual_available) continue;  // no actual: nothing to add to the team's
      TeamLine& line = team[{measure, app::TextOf(p.plan, "currency")}];
      ++line.people;
      for (const auto& period : p.progress.periods) {
        auto& [target, actual] = line.periods[std::string(period.name)];
        target += period.target;
        actual += period.actual;
      }
      AddPace(line.month_per_day, p.progress.month.per_day);
      AddPace(line.year_per_day, p.progress.year.per_day);
    }
    json::object row{{"user_id", person.id}, {"name", person.name}, {"role", person.role}};
    json::object activity_row = row;
    row["plans"] = std::move(money);
    activity_row["plans"] = std::move(activity);
    money_people.push_back(std::move(row));
    activity_people.push_back(std::move(activity_row));
  }
  return json::object{
      {"attainment", {{"team", TeamJson(team, true, c)}, {"people", std::move(money_people)}}},
      {"activity", {{"team", TeamJson(team, false, c)}, {"people", std::move(activity_people)}}}};
}

}  // namespace salesdesk::modules::cockpit
