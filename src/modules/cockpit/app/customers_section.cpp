// New and lost customers of the period, per person, as the appraisal counts them on the month's
// scorecard (RULES B, rows 4 and 9: an account's first confirmed order company-wide being the
// rep's; a loss against the account's own ordering rhythm, B-R7) — live, or as frozen once the
// card is signed. The appraisal module's scorecard service answers them; nothing is recounted.
#include "modules/appraisal/app/plan_target_source.h"
#include "modules/appraisal/app/scorecard_service.h"
#include "modules/cockpit/app/drill.h"
#include "modules/cockpit/app/sections.h"

namespace salesdesk::modules::cockpit {
namespace {

namespace json = boost::json;
namespace ca = core::appraisal;

std::optional<std::int64_t> ActualOf(const appraisal::Scorecard& card, ca::Item item) {
  for (const auto& row : card.rows) {
    if (row.item == item) return row.actual;
  }
  return std::nullopt;
}

}  // namespace

core::Result<json::object> CustomersSection(const SectionContext& c) {
  appraisal::PlanTargetSource targets;
  appraisal::ScorecardService scorecards(c.store, c.clock, targets);
  std::int64_t added = 0, lost = 0;
  json::array people;
  appraisal::ScorecardReads reads;  // the customers' histories, read once for everyone
  for (const Person& p : c.people) {
    SD_ASSIGN(auto view, scorecards.Read(c.caller, p.id, c.period, &reads));
    const auto n = ActualOf(view.figures, ca::Item::kNewCustomers);
    const auto l = ActualOf(view.figures, ca::Item::kCustomersLost);
    added += n.value_or(0);
    lost += l.value_or(0);
    const std::string id = std::to_string(p.id);
    people.push_back(json::object{
        {"user_id", p.id},
        {"name", p.name},
        {"new", n ? json::value(*n) : json::value(nullptr)},
        {"lost", l ? json::value(*l) : json::value(nullptr)},
        {"frozen", view.frozen},
        // The month's confirmed orders hold each new customer's first; the list of accounts
        // cannot filter "first order in the month" (docs/cockpit.md, Not built yet).
        {"drill_new", Drill("/sales-orders", {{"owner_id", id},
                                              {"status", "confirmed"},
                                              {"ordered_on__gte", c.period.First().ToString()},
                                              {"ordered_on__lte", c.as_of.ToString()}})},
        {"drill_lost", Drill("/accounts", {{"owner_id", id}, {"lifecycle", "lost"}})}});
  }
  DrillFilters mine;
  if (c.scope == Scope::kMe) mine.emplace_back("owner_id", std::to_string(c.caller.user_id));
  DrillFilters orders = mine, lost_accounts = mine;
  orders.insert(orders.end(), {{"status", "confirmed"},
                               {"ordered_on__gte", c.period.First().ToString()},
                               {"ordered_on__lte", c.as_of.ToString()}});
  lost_accounts.emplace_back("lifecycle", "lost");
  return json::object{{"month", c.period.ToString()},
                      {"new", added},
                      {"lost", lost},
                      {"drill_new", Drill("/sales-orders", orders)},
                      {"drill_lost", Drill("/accounts", lost_accounts)},
                      {"people", std::move(people)}};
}

}  // namespace salesdesk::modules::cockpit
