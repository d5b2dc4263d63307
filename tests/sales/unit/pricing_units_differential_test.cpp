// The indexed engine shares each category chain's checked rules between the lines of a request,
// per unit. Lines in several units, rules limited to a unit, products without a category or
// unknown to the catalog, and many lines per category must still price exactly as NaivePrice.
#include <gtest/gtest.h>

#include <random>

#include "modules/sales/core/pricing/pricing_engine.h"

namespace salesdesk::core::pricing {
namespace {

std::string Dump(const LinePricing& l) {
  std::string s = std::to_string(l.priced) + "|" + l.unit_price.ToString() + "|" +
                  FormatAmount(l.extended) + "|" + std::to_string(l.winner_rule_id.value_or(-1)) +
                  "|" + l.error;
  for (const CandidateResult& c : l.candidates) {
    s += "|" + std::to_string(c.rule_id) + ":" + CandidateOutcomeName(c.outcome) + ":" +
         std::string(DetailOf(l, c));
  }
  for (std::int64_t id : l.stacked_rule_ids) s += "|s" + std::to_string(id);
  if (l.next_break.has_value()) s += "|next " + l.next_break->text;
  for (const Note& n : l.notes) s += "|" + n.code + ":" + n.text;
  return s;
}

TEST(PricingUnitsDifferential, SharedChainsPerUnitEqualNaive) {
  std::mt19937_64 rng(20261122);
  auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  const Currency eur = *ParseCurrency("EUR");
  const std::vector<std::string> units = {"pc", "box", "kg"};
  PricingCatalog catalog;
  for (int c = 0; c < 12; ++c) {
    catalog.categories.push_back({c, c < 2 ? std::nullopt : std::optional<std::int64_t>(c / 2)});
  }
  catalog.customer_groups.push_back({1, std::nullopt});
  catalog.territories.push_back({1, std::nullopt});
  PriceList list{.id = 1, .currency = eur};
  for (int p = 1; p <= 30; ++p) {
    ProductInfo info{p, std::nullopt, {}};
    if (p % 5 != 0) info.category_id = pick(0, 11);  // every fifth product has no category
    for (const std::string& unit : units) {
      info.costs.push_back({unit, UnitPrice::FromUnits(pick(1, 40) * 10000), eur});
      list.entries.push_back({p, unit, Quantity(), UnitPrice::FromUnits(pick(50, 90) * 10000)});
      list.entries.push_back(
          {p, unit, Quantity::FromUnits(pick(5, 40) * 1000), UnitPrice::FromUnits(45 * 10000)});
    }
    catalog.products.push_back(info);
  }
  std::vector<PricingRule> rules;
  for (int id = 1; id <= 300; ++id) {
    PricingRule r;
    r.id = id;
    r.priority = pick(0, 2);
    const int scope = pick(0, 9);
    r.scope = scope < 4 ? RuleScope::kProduct : scope < 9 ? RuleScope::kCategory : RuleScope::kAll;
    r.scope_id = r.scope == RuleScope::kProduct ? pick(1, 30) : pick(0, 11);
    if (pick(0, 2) > 0) r.unit = units[pick(0, 2)];
    if (pick(0, 4) == 0) r.condition.customer_group_id = 1;
    if (pick(0, 9) == 0) r.min_quantity = Quantity::FromUnits(pick(1, 30) * 1000);
    if (pick(0, 9) == 0) r.max_quantity = Quantity::FromUnits(pick(31, 60) * 1000);
    r.tier_mode = pick(0, 2) == 0 ? TierMode::kGraduated : TierMode::kVolume;
    const int bands = pick(1, 3);
    for (int b = 0; b < bands; ++b) {
      r.bands.push_back({Quantity::FromUnits(b * pick(10, 20) * 1000), UnitPrice(),
                         Percent::FromUnits(pick(b * 5, b * 5 + 15) * 10000)});
    }
    if (pick(0, 4) == 0) r.min_margin = Percent::FromUnits(pick(10, 60) * 10000);
    r.stackable = bands == 1 && pick(0, 4) == 0;
    rules.push_back(std::move(r));
  }
  Result<PricingContext> ctx = PricingContext::Build(catalog, {list}, rules);
  ASSERT_TRUE(ctx.ok()) << ctx.error().field << ": " << ctx.error().message;
  int compared = 0;
  for (int q = 0; q < 6; ++q) {
    PricingRequest req{
        .account = {1, q % 2 == 0 ? std::optional<std::int64_t>(1) : std::nullopt, 1, "web"},
        .currency = eur,
        .price_list_id = 1,
        .date = *Date::FromCivil(2026, 5, 1),
        .rules_as_of = *Timestamp::FromMicros(0)};
    for (int l = 0; l < 80; ++l) {  // products 31-32 are not in the catalog
      req.lines.push_back(
          {pick(1, 32), units[pick(0, 2)], Quantity::FromUnits(pick(1, 70) * 1000)});
    }
    Result<PricingResult> fast = Price(*ctx, req);
    Result<PricingResult> naive = NaivePrice(*ctx, req);
    ASSERT_TRUE(fast.ok() && naive.ok());
    ASSERT_EQ(fast->lines.size(), naive->lines.size());
    for (std::size_t i = 0; i < fast->lines.size(); ++i) {
      EXPECT_EQ(Dump(fast->lines[i]), Dump(naive->lines[i])) << "request " << q << " line " << i;
      ++compared;
    }
  }
  EXPECT_EQ(compared, 6 * 80);
}

}  // namespace
}  // namespace salesdesk::core::pricing
