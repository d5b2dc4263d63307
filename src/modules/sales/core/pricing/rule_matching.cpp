// The quantity-independent checks of a candidate rule and its specificity. Checked in the order
// of CandidateOutcome, so a rule that fails several checks always reports the same reason.
#include <algorithm>

#include "modules/sales/core/pricing/line_resolution.h"
#include "modules/sales/core/pricing/season_window.h"

namespace salesdesk::core::pricing::internal {
namespace {

// The checks before the unit: account, dates and conditions, the same for every line.
CandidateOutcome CheckBeforeUnit(const PricingRule& rule, const RequestFacts& facts) {
  const PricingRequest& request = *facts.request;
  if (rule.created_at > request.rules_as_of) return CandidateOutcome::kCreatedAfterQuote;
  if ((rule.valid_from.has_value() && request.date < *rule.valid_from) ||
      (rule.valid_to.has_value() && request.date > *rule.valid_to)) {
    return CandidateOutcome::kOutsideDates;
  }
  if (rule.season.has_value() && !InSeason(*rule.season, facts.civil)) {
    return CandidateOutcome::kOutsideSeason;
  }
  const RuleCondition& c = rule.condition;
  if (c.account_id.has_value() && *c.account_id != request.account.id) {
    return CandidateOutcome::kWrongAccount;
  }
  if (c.customer_group_id.has_value() &&
      !InAncestors(facts.group_ancestors, *c.customer_group_id)) {
    return CandidateOutcome::kWrongGroup;
  }
  if (c.territory_id.has_value() && !InAncestors(facts.territory_ancestors, *c.territory_id)) {
    return CandidateOutcome::kWrongTerritory;
  }
  if (c.channel.has_value() && *c.channel != request.account.channel) {
    return CandidateOutcome::kWrongChannel;
  }
  if (!rule.price_list_ids.empty() &&
      std::find(rule.price_list_ids.begin(), rule.price_list_ids.end(), request.price_list_id) ==
          rule.price_list_ids.end()) {
    return CandidateOutcome::kWrongPriceList;
  }
  return CandidateOutcome::kApplied;
}

// The checks after the unit: currency and cumulative volume, also the same for every line.
CandidateOutcome CheckAfterUnit(const PricingRule& rule, const RequestFacts& facts) {
  const PricingRequest& request = *facts.request;
  if (UsesAmount(rule.action) && !(*rule.currency == request.currency)) {
    return CandidateOutcome::kWrongCurrency;
  }
  if (rule.action == RuleAction::kFromList &&
      !(facts.context->lists().Find(*rule.source_list_id)->currency == request.currency)) {
    return CandidateOutcome::kWrongCurrency;
  }
  if (rule.cumulative.has_value()) {
    auto it = facts.purchased.find(rule.id);
    const Quantity bought = it == facts.purchased.end() ? Quantity() : it->second;
    if (bought < rule.cumulative->min_quantity) {
      return CandidateOutcome::kCumulativeVolumeNotReached;
    }
  }
  return CandidateOutcome::kApplied;
}

// Looks up (or computes and stores) one per-request check.
template <typename Check>
CandidateOutcome Memoized(std::uint8_t* slot, Check check) {
  if (slot == nullptr) return check();
  if (*slot == 0xFF) *slot = static_cast<std::uint8_t>(check());
  return static_cast<CandidateOutcome>(*slot);
}

}  // namespace

Candidate MakeCandidate(std::uint32_t rule_index, const RequestFacts& facts, std::string_view unit,
                        StaticMemo* memo) {
  const PricingRule& rule = facts.context->rules()[rule_index];
  const RuleKey& key = facts.context->key(rule_index);
  Candidate candidate{.rule = &rule,
                      .index = rule_index,
                      .stackable = key.stackable,
                      .from_list = key.from_list,
                      .priority = key.priority,
                      .order = key.order,
                      .id = key.id,
                      .min_units = key.min_units,
                      .max_units = key.max_units,
                      .rank_group = key.rank_group};
  CandidateOutcome& outcome = candidate.static_outcome;
  outcome = Memoized(memo ? &memo->before_[rule_index] : nullptr,
                     [&] { return CheckBeforeUnit(rule, facts); });
  if (outcome != CandidateOutcome::kApplied) return candidate;
  if (rule.unit.has_value() && *rule.unit != unit) {
    outcome = CandidateOutcome::kWrongUnit;
    return candidate;
  }
  outcome = Memoized(memo ? &memo->after_[rule_index] : nullptr,
                     [&] { return CheckAfterUnit(rule, facts); });
  return candidate;
}

}  // namespace salesdesk::core::pricing::internal
