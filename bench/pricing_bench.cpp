// W4: pricing a 1,000-line request against 10,000 rules, the indexed engine against NaivePrice
// (every rule tested per line). Data is generated deterministically; the two engines' results
// are compared once before timing, and the process fails if they differ.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <random>

#include "modules/sales/core/pricing/pricing_engine.h"

namespace salesdesk::core::pricing {
namespace {

constexpr int kProducts = 2000;
constexpr int kCategories = 200;
constexpr int kRules = 10000;
constexpr int kLines = 1000;

struct Fixture {
  std::optional<PricingContext> context;
  std::optional<PricingRequest> request;
};

Fixture MakeFixture() {
  std::mt19937_64 rng(4);
  auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  const Currency eur = *ParseCurrency("EUR");
  PricingCatalog catalog;
  for (int c = 0; c < kCategories; ++c) {  // a tree about four levels deep
    catalog.categories.push_back({c, c < 5 ? std::nullopt : std::optional<std::int64_t>(c / 5)});
  }
  for (int g = 0; g < 40; ++g) {
    catalog.customer_groups.push_back(
        {g, g < 4 ? std::nullopt : std::optional<std::int64_t>(g / 4)});
    catalog.territories.push_back({g, g < 4 ? std::nullopt : std::optional<std::int64_t>(g / 4)});
  }
  PriceList list{.id = 1, .currency = eur};
  for (int p = 1; p <= kProducts; ++p) {
    catalog.products.push_back({p,
                                pick(0, kCategories - 1),
                                {{"pc", UnitPrice::FromUnits(pick(100, 5000) * 10000), eur}}});
    list.entries.push_back({p, "pc", Quantity(), UnitPrice::FromUnits(pick(6000, 9000) * 10000)});
    list.entries.push_back(
        {p, "pc", Quantity::FromUnits(50000), UnitPrice::FromUnits(5500 * 10000)});
  }
  std::vector<PricingRule> rules;
  for (int id = 1; id <= kRules; ++id) {
    PricingRule r;
    r.id = id;
    r.priority = pick(0, 5);
    const int scope = pick(0, 999);  // 70 % product, 29.5 % category, 0.5 % global
    r.scope = scope < 700   ? RuleScope::kProduct
              : scope < 995 ? RuleScope::kCategory
                            : RuleScope::kAll;
    r.scope_id = r.scope == RuleScope::kProduct ? pick(1, kProducts) : pick(0, kCategories - 1);
    if (pick(0, 9) < 2) r.condition.customer_group_id = pick(0, 39);
    if (pick(0, 9) < 2) r.condition.territory_id = pick(0, 39);
    if (pick(0, 9) < 1) r.condition.account_id = pick(1, 20);
    if (pick(0, 9) < 2) r.season = SeasonWindow{pick(1, 12), 1, pick(1, 12), 28};
    r.tier_mode = pick(0, 3) == 0 ? TierMode::kGraduated : TierMode::kVolume;
    for (int b = 0; b < 3; ++b) {
      r.bands.push_back({Quantity::FromUnits(b * 25000), UnitPrice(),
                         Percent::FromUnits(pick(b * 5, b * 5 + 10) * 10000)});
    }
    if (pick(0, 9) < 2) r.min_margin = Percent::FromUnits(pick(5, 30) * 10000);
    if (pick(0, 9) < 1)
      r.rounding = {RoundingKind::kStep, UnitPrice::FromUnits(50000), UnitPrice()};
    rules.push_back(std::move(r));
  }
  Fixture f;
  f.context.emplace(
      *PricingContext::Build(std::move(catalog), {std::move(list)}, std::move(rules)));
  PricingRequest req{.account = {7, 21, 33, "field"},
                     .currency = eur,
                     .price_list_id = 1,
                     .date = *Date::FromCivil(2026, 7, 15),
                     .rules_as_of = *Timestamp::FromMicros(0)};
  for (int l = 0; l < kLines; ++l) {
    req.lines.push_back({pick(1, kProducts), "pc", Quantity::FromUnits(pick(1, 80) * 1000)});
  }
  f.request.emplace(std::move(req));
  return f;
}

const Fixture& TheFixture() {
  static const Fixture fixture = [] {
    Fixture f = MakeFixture();
    const PricingResult fast = *Price(*f.context, *f.request);
    const PricingResult naive = *NaivePrice(*f.context, *f.request);
    int winners = 0;
    for (std::size_t i = 0; i < fast.lines.size(); ++i) {
      const LinePricing& a = fast.lines[i];
      const LinePricing& b = naive.lines[i];
      if (a.unit_price != b.unit_price || !(a.extended == b.extended) ||
          a.winner_rule_id != b.winner_rule_id || a.candidates.size() != b.candidates.size()) {
        std::fprintf(stderr, "indexed and naive results differ on line %zu\n", i);
        std::exit(1);
      }
      winners += a.winner_rule_id.has_value();
    }
    std::fprintf(stderr, "results equal; %d of %d lines won by a rule\n", winners, kLines);
    return f;
  }();
  return fixture;
}

void Run(benchmark::State& state, bool naive) {
  const Fixture& f = TheFixture();
  for (auto _ : state) {
    Result<PricingResult> r =
        naive ? NaivePrice(*f.context, *f.request) : Price(*f.context, *f.request);
    benchmark::DoNotOptimize(r);
  }
  state.counters["lines_per_s"] = benchmark::Counter(
      static_cast<double>(state.iterations()) * kLines, benchmark::Counter::kIsRate);
}

void BM_PriceIndexed(benchmark::State& state) { Run(state, false); }
void BM_PriceNaive(benchmark::State& state) { Run(state, true); }
BENCHMARK(BM_PriceIndexed)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PriceNaive)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace salesdesk::core::pricing

BENCHMARK_MAIN();
