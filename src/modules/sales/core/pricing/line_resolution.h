// Engine internals shared by the resolution, tier, next-break and engine files. Not for callers:
// the public API is pricing_engine.h.
#pragma once

#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "modules/sales/core/pricing/price_explanation.h"
#include "modules/sales/core/pricing/pricing_context.h"
#include "modules/sales/core/pricing/pricing_request.h"

namespace salesdesk::core::pricing::internal {

// A rule as one line sees it. The fields resolution scans for every candidate are copied out of
// the (large, scattered) PricingRule so the scans stay in a few cache lines.
struct Candidate {
  const PricingRule* rule = nullptr;
  std::uint32_t index = 0;                                       // in the context's rules()
  CandidateOutcome static_outcome = CandidateOutcome::kApplied;  // all but the quantity checks
  bool stackable = false;
  bool from_list = false;  // its source list's breaks are thresholds too
  int priority = 0;
  std::uint32_t order = 0;  // RuleKey::order: smaller ranks before
  std::int64_t id = 0;
  std::int64_t min_units = 0;                                         // below: quantity_below_min
  std::int64_t max_units = std::numeric_limits<std::int64_t>::max();  // from: quantity_above_max
  std::uint32_t rank_group = 0;  // RuleKey::rank_group: equal when equally specific
};

// Per request: the account's tree positions and the figures every line shares.
struct RequestFacts {
  const PricingContext* context = nullptr;
  const PricingRequest* request = nullptr;
  const std::vector<std::int64_t>* group_ancestors = nullptr;
  const std::vector<std::int64_t>* territory_ancestors = nullptr;
  CivilDate civil{1970, 1, 1};
  std::unordered_map<std::int64_t, Quantity> purchased;
};

// Per line: what the rule actions need besides the quantity.
struct LineInputs {
  const RequestFacts* facts = nullptr;
  std::int64_t product_id = 0;
  std::string_view unit;
  std::optional<UnitPrice> cost;  // in the request currency
};

// A price as the rules leave it, exact: unit12 (volume lines) and marginal12 at kPriceScale,
// revenue15 (price x quantity) at kAmountScale.
struct RulePrice {
  __int128 unit12 = 0;
  __int128 marginal12 = 0;  // the price of the next unit: what the next-break search compares
  __int128 revenue15 = 0;
  bool graduated = false;
  bool cost_based = false;  // from the cost: cost-plus, or lowered to a maximum margin
  std::vector<BandSlice> slices;
  std::vector<PriceRoundingStep> roundings;
  std::vector<PriceCapStep> caps;
};

struct PriceAttempt {
  CandidateOutcome failure = CandidateOutcome::kApplied;  // kApplied: `price` is valid
  Message detail;
  RulePrice price;
  bool overflow = false;
};

struct Resolution {
  // Parallel to the candidates. Without want_details, an eligible loser is left kApplied.
  std::vector<CandidateOutcome> outcomes;
  // (candidate index, detail) for the non-empty details only: most outcomes have none.
  std::vector<std::pair<int, Message>> details;  // filled only with want_details
  int winner = -1;
  std::vector<int> stacked;
  bool priced = false;
  bool overflow = false;
  RulePrice price;
};

// Per request, per rule: the quantity-independent checks before and after the unit check, so the
// indexed engine tests each in-scope rule once per request rather than once per line.
class StaticMemo {
 public:
  explicit StaticMemo(std::size_t rules) : before_(rules, kUnknown), after_(rules, kUnknown) {}

 private:
  friend Candidate MakeCandidate(std::uint32_t, const RequestFacts&, std::string_view, StaticMemo*);
  static constexpr std::uint8_t kUnknown = 0xFF;
  std::vector<std::uint8_t> before_;  // a CandidateOutcome, or kUnknown
  std::vector<std::uint8_t> after_;
};

// rule_matching.cpp. With a memo, the per-request checks are looked up once computed; the outcome
// is the same either way (NaivePrice passes none and tests every rule on every line).
Candidate MakeCandidate(std::uint32_t rule_index, const RequestFacts& facts, std::string_view unit,
                        StaticMemo* memo);

// Inline: called for every eligible candidate at every quantity the line is resolved at.
inline CandidateOutcome CheckQuantity(const Candidate& candidate, Quantity quantity) {
  if (quantity.units() < candidate.min_units) return CandidateOutcome::kQuantityBelowMin;
  if (quantity.units() >= candidate.max_units) return CandidateOutcome::kQuantityAboveMax;
  return CandidateOutcome::kApplied;
}

// An in-scope rule as the explanation lists it.
struct SeenRule {
  std::int64_t id = 0;
  CandidateOutcome static_outcome = CandidateOutcome::kApplied;
};

// Part of a line's in-scope rules, ascending id: every one, and those passing the
// quantity-independent checks.
struct CandidateSource {
  std::span<const SeenRule> all;
  std::span<const Candidate> eligible;
};
constexpr std::size_t kMaxSources = 3;  // the product's own, its category chain, the global ones

// A line's eligible candidates: each source's in turn, read in place rather than copied per
// line. Not in id order; resolution ranks them itself.
class CandidateList {
 public:
  CandidateList(const std::array<CandidateSource, kMaxSources>& sources, std::size_t count) {
    static_assert(kMaxSources == 3);
    for (std::size_t k = 0; k < count; ++k) part_[k] = sources[k].eligible;
    first_end_ = part_[0].size();
    second_end_ = first_end_ + part_[1].size();
    size_ = second_end_ + part_[2].size();
  }
  std::size_t size() const { return size_; }
  // f(index, candidate) for each, in index order, without the per-index source lookup.
  template <typename F>
  void ForEach(F&& f) const {
    std::size_t i = 0;
    for (std::span<const Candidate> part : part_) {
      for (const Candidate& c : part) f(i++, c);
    }
  }
  const Candidate& operator[](std::size_t i) const {
    if (i < first_end_) return part_[0][i];
    if (i < second_end_) return part_[1][i - first_end_];
    return part_[2][i - second_end_];
  }

 private:
  std::array<std::span<const Candidate>, kMaxSources> part_{};
  std::size_t first_end_ = 0;
  std::size_t second_end_ = 0;
  std::size_t size_ = 0;
};

// Per line, reused across the lines of a request so a line allocates only what it returns.
struct LineScratch {
  std::vector<std::uint32_t> indices;
  // Owned storage for one source (all of NaivePrice's, the indexed engine's product rules).
  std::vector<SeenRule> all;
  std::vector<Candidate> eligible;
  std::array<CandidateSource, kMaxSources> sources;
  std::size_t source_count = 0;
  std::vector<std::size_t> eligible_at;  // ExplainCandidates: Eligible()[j] is its entry
  // With thresholds_known, the AppendRuleThresholds of every eligible rule, gathered by the
  // caller; otherwise FindNextBreak collects them from the candidates.
  std::vector<Quantity> thresholds;
  bool thresholds_known = false;

  CandidateList Eligible() const { return CandidateList(sources, source_count); }
  void Clear() {
    all.clear();
    eligible.clear();
    source_count = 0;
    thresholds.clear();
    thresholds_known = false;
  }
  void Add(const Candidate& c) {
    all.push_back({c.id, c.static_outcome});
    if (c.static_outcome == CandidateOutcome::kApplied) eligible.push_back(c);
  }
  void AddSource(CandidateSource source) { sources[source_count++] = source; }
};

// tier_pricing.cpp: the rule's price for `quantity` (bands, tier mode, rounding), no margin check.
PriceAttempt PriceWithRule(const PricingRule& rule, const LineInputs& in, const BasePrice& base,
                           Quantity quantity, bool want_details);
// The base list price as a RulePrice (no rule applied).
RulePrice PriceFromBase(const BasePrice& base, Quantity quantity);

// price_rounding.cpp
__int128 ApplyPriceRounding(const PriceRounding& rounding, __int128 price12, RoundingMode mode);

// rule_resolution.cpp. `candidates` may be only the statically eligible ones: the others never
// change the winner, the stacked rules or the price.
Resolution Resolve(const CandidateList& candidates, const LineInputs& in, const BasePrice& base,
                   Quantity quantity, bool want_details);

// next_break.cpp. The quantities at which the rule's own bounds and bands start (not the source
// list's breaks, which depend on the product).
inline void AppendRuleThresholds(const PricingContext& context, const Candidate& candidate,
                                 std::vector<Quantity>& out) {
  const std::span<const Quantity> own = context.RuleThresholds(candidate.index);
  out.insert(out.end(), own.begin(), own.end());
}
// How the line's own unit relates to the unit it is priced in, and its manual discount: the next
// break is told in the line's unit and at the price the line would show.
struct LineUnit {
  std::int64_t factor = 1;  // priced units per line unit (UnitConversion::factor)
  std::optional<Percent> manual_discount;
};
// `rule_thresholds`: AppendRuleThresholds of every eligible candidate, or nullptr to collect them
// here. `quantity` is in the priced unit.
std::optional<NextBreak> FindNextBreak(const CandidateList& candidates,
                                       const std::vector<Quantity>* rule_thresholds,
                                       const LineInputs& in, Quantity quantity,
                                       const Resolution& current, const LineUnit& unit);
Note NextBreakNote(const NextBreak& next, const Currency& currency);

// line_notes.cpp: the explanation's sentences (codes, parameters, English text).
void AddBaseNotes(const BasePrice& base, const PricingRequest& req, std::vector<Note>& out);
void AddConversionNote(const UnitConversion& conversion, std::vector<Note>& out);
// The winner's: applied, what its action did, its list restriction, cost, roundings and caps.
void AddRuleNotes(const PricingRule& rule, Quantity quantity, const RulePrice& price,
                  const Currency& currency, std::vector<Note>& out);

}  // namespace salesdesk::core::pricing::internal
