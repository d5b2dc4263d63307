#include "modules/sales/core/pricing/indexed_candidates.h"

#include <algorithm>

namespace salesdesk::core::pricing::internal {
namespace {

constexpr std::uint32_t kNotMade = 0xFFFFFFFF;

// Rules are scattered in memory and checked once per request: fetch the next ones ahead.
constexpr std::size_t kPrefetchAhead = 8;

void Prefetch(const PricingContext& ctx, std::uint32_t k) {
  __builtin_prefetch(&ctx.key(k));
  const char* rule = reinterpret_cast<const char*>(&ctx.rules()[k]);
  for (std::size_t at = 0; at < sizeof(PricingRule); at += 64) __builtin_prefetch(rule + at);
}

CandidateSource SourceOf(const auto& part) { return {part.all, part.eligible}; }

}  // namespace

IndexedCandidates::PerUnit& IndexedCandidates::UnitFor(std::string_view unit) {
  if (auto it = units_.find(unit); it != units_.end()) return it->second;
  PerUnit& per_unit = units_[std::string(unit)];
  per_unit.rules.slot.assign(facts_.context->rules().size(), kNotMade);
  Assemble(facts_.context->GlobalRules(), unit, per_unit.rules, per_unit.global);
  return per_unit;
}

const Candidate& IndexedCandidates::For(std::uint32_t rule_index, std::string_view unit,
                                        UnitRules& rules) {
  std::uint32_t& slot = rules.slot[rule_index];
  if (slot == kNotMade) {
    slot = static_cast<std::uint32_t>(rules.made.size());
    rules.made.push_back(MakeCandidate(rule_index, facts_, unit, &memo_));
  }
  return rules.made[slot];
}

void IndexedCandidates::Assemble(std::span<const std::uint32_t> indices, std::string_view unit,
                                 UnitRules& rules, Part& out) {
  out.all.reserve(indices.size());
  for (std::size_t i = 0; i < indices.size(); ++i) {
    if (i + kPrefetchAhead < indices.size()) {
      const std::uint32_t ahead = indices[i + kPrefetchAhead];
      if (rules.slot[ahead] == kNotMade) Prefetch(*facts_.context, ahead);
    }
    const Candidate& c = For(indices[i], unit, rules);
    out.all.push_back({c.id, c.static_outcome});
    if (c.static_outcome != CandidateOutcome::kApplied) continue;
    out.eligible.push_back(c);
    AppendRuleThresholds(*facts_.context, c, out.thresholds);
  }
  std::sort(out.thresholds.begin(), out.thresholds.end());
  out.thresholds.erase(std::unique(out.thresholds.begin(), out.thresholds.end()),
                       out.thresholds.end());
}

void IndexedCandidates::Fill(std::int64_t product_id, std::string_view unit, LineScratch& s) {
  s.Clear();
  const PricingContext& ctx = *facts_.context;
  PerUnit& per_unit = UnitFor(unit);
  for (std::uint32_t k : ctx.ProductRules(product_id)) {
    const Candidate& c = For(k, unit, per_unit.rules);
    s.Add(c);
    if (c.static_outcome == CandidateOutcome::kApplied) AppendRuleThresholds(ctx, c, s.thresholds);
  }
  s.AddSource(SourceOf(s));
  const ProductInfo* product = ctx.FindProduct(product_id);
  if (product != nullptr && product->category_id.has_value()) {
    auto [it, added] = per_unit.chains.try_emplace(*product->category_id);
    if (added) {
      ctx.CategoryChainRules(*product->category_id, indices_);
      Assemble(indices_, unit, per_unit.rules, it->second);
    }
    s.AddSource(SourceOf(it->second));
    s.thresholds.insert(s.thresholds.end(), it->second.thresholds.begin(),
                        it->second.thresholds.end());
  }
  s.AddSource(SourceOf(per_unit.global));
  s.thresholds.insert(s.thresholds.end(), per_unit.global.thresholds.begin(),
                      per_unit.global.thresholds.end());
  s.thresholds_known = true;
}

}  // namespace salesdesk::core::pricing::internal
