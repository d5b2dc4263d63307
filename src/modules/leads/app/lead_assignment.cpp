#include "modules/leads/app/lead_assignment.h"

#include <string>

#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/leads/core/round_robin.h"

namespace salesdesk::modules::leads {
namespace {

using app::Filter;
using app::FilterOp;
using app::Record;

const app::EntitySpec& Rules() { return *app::FindEntity("lead-assignment-rules"); }

}  // namespace

core::Result<std::optional<Record>> MatchingRule(app::RecordRepository& uow, const Record& lead) {
  const Filter active{"active", FilterOp::kEq, {true}};
  if (auto territory = app::IntOf(lead, "territory_id")) {
    SD_ASSIGN(auto rules, app::ReadAll(uow, Rules(),
                                       {active, {"territory_id", FilterOp::kEq, {*territory}}}, 1));
    if (!rules.empty()) return std::optional<Record>(std::move(rules.front()));
  }
  const std::string country = app::TextOf(lead, "country");
  if (!country.empty()) {
    SD_ASSIGN(auto rules,
              app::ReadAll(uow, Rules(), {active, {"country", FilterOp::kEq, {country}}}, 1));
    if (!rules.empty()) return std::optional<Record>(std::move(rules.front()));
  }
  return std::optional<Record>();
}

core::Result<void> AssignNewLead(app::UnitOfWork& uow, Record& lead) {
  SD_ASSIGN(auto rule, MatchingRule(uow, lead));
  if (!rule) return core::Ok();
  const std::int64_t rule_id = app::RecordId(*rule);
  SD_ASSIGN(auto reps, app::ReadAll(uow, *app::FindEntity("users"),
                                    {{"team_id", FilterOp::kEq, {*app::IntOf(*rule, "team_id")}},
                                     {"role", FilterOp::kEq, {std::string("rep")}},
                                     {"active", FilterOp::kEq, {true}}}));
  if (reps.empty()) return core::Ok();
  std::vector<std::int64_t> ids;
  for (const auto& r : reps) ids.push_back(app::RecordId(r));
  // The rule's turn counter: a row lock held to the commit, so concurrent creates queue.
  SD_ASSIGN(std::int64_t turn, uow.NextNumber("lead-round-robin-" + std::to_string(rule_id)));
  lead["owner_id"] = *core::leads::RepForTurn(turn, std::move(ids));
  lead["assignment_rule_id"] = rule_id;
  return core::Ok();
}

}  // namespace salesdesk::modules::leads
