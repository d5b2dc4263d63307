// The quantity-independent checks of a candidate rule and its specificity. Checked in the order
// of CandidateOutcome, so a rule that fails several checks always reports the same reason.
#include "core/pricing/line_resolution.h"
#include "core/pricing/season_window.h"

namespace salesdesk::core::pricing::internal {
namespace {

CandidateOutcome CheckStatic(const PricingRule& rule, const RequestFacts& facts,
                             std::string_view unit) {
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
  if (rule.unit.has_value() && *rule.unit != unit) return CandidateOutcome::kWrongUnit;
  if (rule.action == RuleAction::kFixedPrice && !(*rule.currency == request.currency)) {
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

}  // namespace

Candidate MakeCandidate(std::uint32_t rule_index, const RequestFacts& facts,
                        std::string_view unit) {
  const PricingRule& rule = facts.context->rules()[rule_index];
  return Candidate{.rule = &rule,
                   .static_outcome = CheckStatic(rule, facts, unit),
                   .specificity = facts.context->rank(rule_index)};
}

CandidateOutcome CheckQuantity(const PricingRule& rule, Quantity quantity) {
  if (rule.min_quantity.has_value() && quantity < *rule.min_quantity) {
    return CandidateOutcome::kQuantityBelowMin;
  }
  if (rule.tier_mode == TierMode::kVolume && quantity < rule.bands.front().min_quantity) {
    return CandidateOutcome::kQuantityBelowMin;
  }
  if (rule.max_quantity.has_value() && !(quantity < *rule.max_quantity)) {
    return CandidateOutcome::kQuantityAboveMax;
  }
  return CandidateOutcome::kApplied;
}

}  // namespace salesdesk::core::pricing::internal
