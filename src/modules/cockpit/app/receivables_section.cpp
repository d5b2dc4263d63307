// Receivables owed by age bucket and overdue per person, from billing's ageing at as_of grouped
// by the invoice's owner (RULES E-R3..E-R5; the posted invoices the caller sees). Currencies are
// never added to one another: one line per currency, as the ageing gives them.
#include <map>
#include <set>

#include "modules/billing/app/receivables_ageing.h"
#include "modules/cockpit/app/drill.h"
#include "modules/cockpit/app/sections.h"

namespace salesdesk::modules::cockpit {
namespace {

namespace json = boost::json;
namespace cb = core::billing;

// The bucket names of the default edges {30, 60, 90}.
constexpr const char* kBuckets[] = {"days_1_30", "days_31_60", "days_61_90", "over_90"};

struct Owed {
  std::int64_t not_due = 0;
  std::vector<std::int64_t> buckets = std::vector<std::int64_t>(std::size(kBuckets), 0);
  std::int64_t open = 0;

  void Add(const cb::AgeingRow& r) {
    not_due += r.not_due;
    for (std::size_t i = 0; i < r.buckets.size() && i < buckets.size(); ++i) {
      buckets[i] += r.buckets[i];
    }
    open += r.open;
  }
  std::int64_t Overdue() const { return open - not_due; }
};

json::object OwedJson(const std::string& currency, const Owed& o) {
  json::object out{{"currency", currency}, {"not_due", o.not_due}};
  for (std::size_t i = 0; i < o.buckets.size(); ++i) out[kBuckets[i]] = o.buckets[i];
  out["open"] = o.open;
  out["overdue"] = o.Overdue();
  return out;
}

}  // namespace

core::Result<json::object> ReceivablesSection(const SectionContext& c) {
  SD_ASSIGN(auto report,
            billing::AgeReceivables(c.store, c.caller, c.as_of, billing::AgeingGroup::kOwner));
  std::set<std::int64_t> in_scope;
  for (const auto& p : c.people) in_scope.insert(p.id);
  std::map<std::string, Owed> total;
  std::map<std::int64_t, std::map<std::string, Owed>> by_person;
  for (const auto& line : report.lines) {
    const std::int64_t owner = line.group_id.value_or(0);
    if (c.scope == Scope::kMe && owner != c.caller.user_id) continue;
    const std::string currency = line.row.currency.code();
    total[currency].Add(line.row);
    if (in_scope.contains(owner)) by_person[owner][currency].Add(line.row);
  }
  json::array totals, people;
  for (const auto& [currency, owed] : total) totals.push_back(OwedJson(currency, owed));
  for (const auto& p : c.people) {
    auto it = by_person.find(p.id);
    if (it == by_person.end()) continue;  // nothing open: the row would be all zeros
    json::array lines;
    for (const auto& [currency, owed] : it->second) lines.push_back(OwedJson(currency, owed));
    people.push_back(json::object{
        {"user_id", p.id},
        {"name", p.name},
        {"by_currency", std::move(lines)},
        {"drill", Drill("/invoices", {{"owner_id", std::to_string(p.id)}, {"status", "posted"}})}});
  }
  DrillFilters all{{"status", "posted"}};
  if (c.scope == Scope::kMe)
    all.insert(all.begin(), {"owner_id", std::to_string(c.caller.user_id)});
  return json::object{{"as_of", c.as_of.ToString()},
                      {"by_currency", std::move(totals)},
                      {"people", std::move(people)},
                      {"drill", Drill("/invoices", all)}};
}

}  // namespace salesdesk::modules::cockpit
