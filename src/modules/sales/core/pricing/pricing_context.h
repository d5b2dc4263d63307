// Everything the engine prices against, validated and indexed once: the catalog (products with
// categories and costs, the three trees), the price lists and the rules. Rules are indexed by
// scope (product id, category id, global) so a line only looks at rules for its product, its
// category's ancestors and the global ones.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/money/currency.h"
#include "core/money/decimal.h"
#include "core/result.h"
#include "modules/sales/core/pricing/catalog_tree.h"
#include "modules/sales/core/pricing/price_list.h"
#include "modules/sales/core/pricing/pricing_request.h"
#include "modules/sales/core/pricing/pricing_rule.h"

namespace salesdesk::core::pricing {

// A product's cost per unit, in one currency. Cost-plus and margin floors use the cost in the
// request's currency, converted at the request's dated CostRate when kept in another one.
struct ProductCost {
  std::string unit;
  UnitPrice cost;
  Currency currency;
};

// A product's sales unit that packs a whole number of its base unit (a box of 10 pc). A line in
// `unit` whose price list chain has no price for that unit is priced as factor x quantity base
// units: list prices, breaks, rules and cost per base unit (docs/pricing.md, "Unit conversion").
inline constexpr std::int64_t kMaxUnitFactor = 10'000;
struct UnitConversion {
  std::string unit;       // "box"
  std::string base_unit;  // "pc"
  std::int64_t factor = 1;
};

struct ProductInfo {
  std::int64_t id = 0;
  std::optional<std::int64_t> category_id;
  std::vector<ProductCost> costs;
  std::vector<UnitConversion> conversions;
};

struct PricingCatalog {
  std::vector<ProductInfo> products;
  std::vector<TreeNode> categories;
  std::vector<TreeNode> customer_groups;
  std::vector<TreeNode> territories;
};

// How specific a rule is; compared lexicographically, larger is more specific. Scope first
// (product > category by depth > all), then condition (account > group by depth > territory by
// depth > channel > any). Combined conditions rank by their most specific part, then the next.
struct RuleRank {
  int scope = 0;
  int account = 0;
  int group = 0;
  int territory = 0;
  int channel = 0;
  friend auto operator<=>(const RuleRank&, const RuleRank&) = default;
};

// What resolution compares for every candidate, copied out of the rule once at Build so the
// per-line scans stay in a few cache lines: the rank, the tie-breaks and the quantity bounds.
struct RuleKey {
  std::int64_t id = 0;
  int priority = 0;
  bool stackable = false;
  bool from_list = false;
  // The quantity threshold: below it (min_quantity or a volume rule's first band), too few. Among
  // equally specific rules the higher reached threshold wins before priority.
  std::int64_t min_units = 0;
  std::int64_t max_units = 0;  // from max_quantity (INT64_MAX when none): too many
  RuleRank rank;
  // Position in the resolution order over all rules (rank, then quantity threshold, then
  // priority, larger first, then the lower id): comparing two rules is one integer comparison.
  std::uint32_t order = 0;
  std::uint32_t rank_group = 0;  // the same for rules of equal rank: the order of the first
  // [begin, end) in the context's flat threshold table: min_quantity, then each band's minimum.
  std::uint32_t thresholds_begin = 0;
  std::uint32_t thresholds_end = 0;
};

class PricingContext {
 public:
  // kInvalidArgument naming the offending field for inconsistent input (see ValidateRule).
  static Result<PricingContext> Build(PricingCatalog catalog, std::vector<PriceList> lists,
                                      std::vector<PricingRule> rules);

  const std::vector<PricingRule>& rules() const { return rules_; }  // ascending id
  const RuleRank& rank(std::uint32_t index) const { return keys_[index].rank; }
  const RuleKey& key(std::uint32_t index) const { return keys_[index]; }  // parallel to rules
  // The quantities where the rule's own bounds and bands start (for the next-break search); in
  // one flat table so reading them does not chase the rule's band vector.
  std::span<const Quantity> RuleThresholds(std::uint32_t index) const {
    return std::span<const Quantity>(thresholds_)
        .subspan(keys_[index].thresholds_begin,
                 keys_[index].thresholds_end - keys_[index].thresholds_begin);
  }
  const PriceListIndex& lists() const { return lists_; }
  const TreeIndex& categories() const { return categories_; }
  const TreeIndex& customer_groups() const { return groups_; }
  const TreeIndex& territories() const { return territories_; }
  const ProductInfo* FindProduct(std::int64_t product_id) const;
  // The product's conversion of `unit` into its base unit, if it has one.
  const UnitConversion* ConversionOf(std::int64_t product_id, std::string_view unit) const;
  // The product's cost for `unit` in `currency`: the catalog's own figure in that currency, else
  // the first cost in a currency `rates` convert from (rounded half-up once at UnitPrice scale);
  // none when neither exists.
  std::optional<UnitPrice> CostOf(std::int64_t product_id, std::string_view unit,
                                  const Currency& currency,
                                  std::span<const CostRate> rates = {}) const;

  // The rules whose scope covers a product, in three parts, each ascending (= by id): the
  // product's own rules, the rules of its category and the category's ancestors (shared by the
  // products in the category), the global rules (shared by all).
  std::span<const std::uint32_t> ProductRules(std::int64_t product_id) const;
  void CategoryChainRules(std::int64_t category_id, std::vector<std::uint32_t>& out) const;
  std::span<const std::uint32_t> GlobalRules() const { return global_rules_; }
  // The same rules as one ascending list, found by testing every rule's scope and walking the
  // category tree per rule (the naive engine's reference path).
  void NaiveCandidatesFor(std::int64_t product_id, std::vector<std::uint32_t>& out) const;

 private:
  PricingContext() = default;
  RuleRank RankOf(const PricingRule& rule) const;
  RuleKey KeyOf(const PricingRule& rule) const;

  std::vector<PricingRule> rules_;
  std::vector<RuleKey> keys_;
  std::vector<Quantity> thresholds_;
  PriceListIndex lists_;
  TreeIndex categories_;
  TreeIndex groups_;
  TreeIndex territories_;
  std::unordered_map<std::int64_t, ProductInfo> products_;
  std::unordered_map<std::int64_t, std::vector<std::uint32_t>> rules_by_product_;
  std::unordered_map<std::int64_t, std::vector<std::uint32_t>> rules_by_category_;
  std::vector<std::uint32_t> global_rules_;
};

// Checks one rule against the context's lists and trees (bands ascending, graduated bands from 0,
// fixed prices with a currency, known source list and tree ids, stackable only as a single-band
// discount without rounding, sane rounding, season and quantity bounds).
Result<void> ValidateRule(const PricingRule& rule, const PriceListIndex& lists,
                          const TreeIndex& categories, const TreeIndex& groups,
                          const TreeIndex& territories, const std::string& field);

}  // namespace salesdesk::core::pricing
