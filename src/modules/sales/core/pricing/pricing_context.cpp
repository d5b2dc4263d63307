#include "modules/sales/core/pricing/pricing_context.h"

#include <algorithm>
#include <limits>

#include "core/money/rounding.h"

namespace salesdesk::core::pricing {

Result<PricingContext> PricingContext::Build(PricingCatalog catalog, std::vector<PriceList> lists,
                                             std::vector<PricingRule> rules) {
  PricingContext ctx;
  SD_ASSIGN(ctx.categories_, TreeIndex::Build(catalog.categories, "categories"));
  SD_ASSIGN(ctx.groups_, TreeIndex::Build(catalog.customer_groups, "customer_groups"));
  SD_ASSIGN(ctx.territories_, TreeIndex::Build(catalog.territories, "territories"));
  SD_ASSIGN(ctx.lists_, PriceListIndex::Build(std::move(lists)));
  for (std::size_t i = 0; i < catalog.products.size(); ++i) {
    ProductInfo& p = catalog.products[i];
    const std::string field = "products[" + std::to_string(i) + "]";
    if (p.category_id.has_value() && !ctx.categories_.Has(*p.category_id)) {
      return Error::Invalid(field + ".category_id",
                            Msg("rule.unknown_category", {{"id", std::to_string(*p.category_id)}}));
    }
    for (const UnitConversion& c : p.conversions) {
      if (c.factor < 2 || c.factor > kMaxUnitFactor || c.unit.empty() || c.unit == c.base_unit) {
        return Error::Invalid(
            field + ".conversions",
            Msg("pricing.error.unit_factor", {{"max", std::to_string(kMaxUnitFactor)}}));
      }
    }
    const std::int64_t id = p.id;
    if (!ctx.products_.emplace(id, std::move(p)).second) {
      return Error::Invalid(field + ".id",
                            Msg("pricing.error.product_twice", {{"id", std::to_string(id)}}));
    }
  }
  std::sort(rules.begin(), rules.end(),
            [](const PricingRule& a, const PricingRule& b) { return a.id < b.id; });
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const std::string field = "rules[id=" + std::to_string(rules[i].id) + "]";
    if (i > 0 && rules[i].id == rules[i - 1].id) {
      return Error::Invalid(field + ".id", Msg("pricing.error.rule_twice"));
    }
    SD_TRY(
        ValidateRule(rules[i], ctx.lists_, ctx.categories_, ctx.groups_, ctx.territories_, field));
    const auto index = static_cast<std::uint32_t>(i);
    switch (rules[i].scope) {
      case RuleScope::kProduct:
        ctx.rules_by_product_[rules[i].scope_id].push_back(index);
        break;
      case RuleScope::kCategory:
        ctx.rules_by_category_[rules[i].scope_id].push_back(index);
        break;
      case RuleScope::kAll:
        ctx.global_rules_.push_back(index);
        break;
    }
  }
  ctx.rules_ = std::move(rules);
  for (const PricingRule& rule : ctx.rules_) {
    RuleKey key = ctx.KeyOf(rule);
    key.thresholds_begin = static_cast<std::uint32_t>(ctx.thresholds_.size());
    if (rule.min_quantity.has_value()) ctx.thresholds_.push_back(*rule.min_quantity);
    for (const RuleBand& band : rule.bands) ctx.thresholds_.push_back(band.min_quantity);
    key.thresholds_end = static_cast<std::uint32_t>(ctx.thresholds_.size());
    ctx.keys_.push_back(key);
  }
  std::vector<std::uint32_t> by_order(ctx.keys_.size());
  for (std::size_t i = 0; i < by_order.size(); ++i) by_order[i] = static_cast<std::uint32_t>(i);
  std::sort(by_order.begin(), by_order.end(), [&](std::uint32_t a, std::uint32_t b) {
    const RuleKey& x = ctx.keys_[a];
    const RuleKey& y = ctx.keys_[b];
    if (x.rank != y.rank) return x.rank > y.rank;
    if (x.min_units != y.min_units) return x.min_units > y.min_units;
    if (x.priority != y.priority) return x.priority > y.priority;
    return x.id < y.id;
  });
  for (std::size_t p = 0; p < by_order.size(); ++p) {
    RuleKey& key = ctx.keys_[by_order[p]];
    key.order = static_cast<std::uint32_t>(p);
    const bool same_rank = p > 0 && ctx.keys_[by_order[p - 1]].rank == key.rank;
    key.rank_group = same_rank ? ctx.keys_[by_order[p - 1]].rank_group : key.order;
  }
  return ctx;
}

RuleRank PricingContext::RankOf(const PricingRule& rule) const {
  constexpr int kProductScope = 1000;  // above any category depth + 1
  RuleRank r;
  if (rule.scope == RuleScope::kProduct) r.scope = kProductScope;
  if (rule.scope == RuleScope::kCategory) r.scope = 1 + categories_.Depth(rule.scope_id);
  const RuleCondition& c = rule.condition;
  r.account = c.account_id.has_value() ? 1 : 0;
  if (c.customer_group_id.has_value()) r.group = 1 + groups_.Depth(*c.customer_group_id);
  if (c.territory_id.has_value()) r.territory = 1 + territories_.Depth(*c.territory_id);
  r.channel = c.channel.has_value() ? 1 : 0;
  return r;
}

RuleKey PricingContext::KeyOf(const PricingRule& rule) const {
  RuleKey key{.id = rule.id,
              .priority = rule.priority,
              .stackable = rule.stackable,
              .from_list = rule.action == RuleAction::kFromList,
              .max_units = std::numeric_limits<std::int64_t>::max(),
              .rank = RankOf(rule)};
  if (rule.min_quantity.has_value()) key.min_units = rule.min_quantity->units();
  if (rule.tier_mode == TierMode::kVolume) {
    key.min_units = std::max(key.min_units, rule.bands.front().min_quantity.units());
  }
  if (rule.max_quantity.has_value()) key.max_units = rule.max_quantity->units();
  return key;
}

const ProductInfo* PricingContext::FindProduct(std::int64_t product_id) const {
  auto it = products_.find(product_id);
  return it == products_.end() ? nullptr : &it->second;
}

const UnitConversion* PricingContext::ConversionOf(std::int64_t product_id,
                                                   std::string_view unit) const {
  const ProductInfo* product = FindProduct(product_id);
  if (product == nullptr) return nullptr;
  for (const UnitConversion& c : product->conversions) {
    if (c.unit == unit) return &c;
  }
  return nullptr;
}

std::optional<UnitPrice> PricingContext::CostOf(std::int64_t product_id, std::string_view unit,
                                                const Currency& currency,
                                                std::span<const CostRate> rates) const {
  const ProductInfo* product = FindProduct(product_id);
  if (product == nullptr) return std::nullopt;
  for (const ProductCost& c : product->costs) {
    if (c.unit == unit && c.currency == currency) return c.cost;
  }
  for (const ProductCost& c : product->costs) {
    if (c.unit != unit) continue;
    for (const CostRate& r : rates) {
      if (r.from != c.currency) continue;
      auto converted =
          Rescale(static_cast<__int128>(c.cost.units()) * r.rate.units(),
                  UnitPrice::kScale + Rate::kScale, UnitPrice::kScale, RoundingMode::kHalfUp);
      if (converted.ok()) return UnitPrice::FromUnits(*converted);
    }
  }
  return std::nullopt;
}

std::span<const std::uint32_t> PricingContext::ProductRules(std::int64_t product_id) const {
  auto it = rules_by_product_.find(product_id);
  if (it == rules_by_product_.end()) return {};
  return it->second;
}

void PricingContext::CategoryChainRules(std::int64_t category_id,
                                        std::vector<std::uint32_t>& out) const {
  out.clear();
  for (std::int64_t category : *categories_.Ancestors(category_id)) {
    if (auto it = rules_by_category_.find(category); it != rules_by_category_.end()) {
      out.insert(out.end(), it->second.begin(), it->second.end());
    }
  }
  // Each rule sits in exactly one bucket, so sorting the indices gives the id order, no dupes.
  std::sort(out.begin(), out.end());
}

void PricingContext::NaiveCandidatesFor(std::int64_t product_id,
                                        std::vector<std::uint32_t>& out) const {
  out.clear();
  const ProductInfo* product = FindProduct(product_id);
  for (std::size_t i = 0; i < rules_.size(); ++i) {
    const PricingRule& rule = rules_[i];
    bool in_scope = false;
    switch (rule.scope) {
      case RuleScope::kProduct:
        in_scope = rule.scope_id == product_id;
        break;
      case RuleScope::kCategory:
        in_scope = product != nullptr && product->category_id.has_value() &&
                   categories_.ContainsByWalking(rule.scope_id, *product->category_id);
        break;
      case RuleScope::kAll:
        in_scope = true;
        break;
    }
    if (in_scope) out.push_back(static_cast<std::uint32_t>(i));
  }
}

}  // namespace salesdesk::core::pricing
