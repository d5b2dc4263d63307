// The indexed engine's candidate lookup for one request. A line's candidates are its product's
// own rules, the rules of its category chain and the global ones. Each rule is checked once per
// request and unit; each category chain and the global rules are assembled once per unit and
// then read in place by every line of the request that shares them.
#pragma once

#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "modules/sales/core/pricing/line_resolution.h"

namespace salesdesk::core::pricing::internal {

class IndexedCandidates {
 public:
  explicit IndexedCandidates(const RequestFacts& facts)
      : facts_(facts), memo_(facts.context->rules().size()) {}

  // Fills `s` with the line's candidate sources and their thresholds (thresholds_known). Each
  // candidate is exactly what MakeCandidate gives.
  void Fill(std::int64_t product_id, std::string_view unit, LineScratch& s);

 private:
  // The rules checked so far for one unit: made[slot[rule index]].
  struct UnitRules {
    std::vector<std::uint32_t> slot;
    std::vector<Candidate> made;
  };
  // A shared source: a category chain, or the global rules.
  struct Part {
    std::vector<SeenRule> all;
    std::vector<Candidate> eligible;
    std::vector<Quantity> thresholds;  // AppendRuleThresholds of `eligible`; sorted, unique
  };
  struct PerUnit {
    UnitRules rules;
    Part global;
    std::map<std::int64_t, Part> chains;  // by category id
  };

  const Candidate& For(std::uint32_t rule_index, std::string_view unit, UnitRules& rules);
  PerUnit& UnitFor(std::string_view unit);
  void Assemble(std::span<const std::uint32_t> indices, std::string_view unit, UnitRules& rules,
                Part& out);

  const RequestFacts& facts_;
  StaticMemo memo_;
  std::vector<std::uint32_t> indices_;
  std::map<std::string, PerUnit, std::less<>> units_;
};

}  // namespace salesdesk::core::pricing::internal
