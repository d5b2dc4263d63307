#include "app/sales/pricing_source.h"

#include <set>

#include "app/records/record_fields.h"
#include "app/sales/pricing_records.h"
#include "core/money/currency.h"
#include "core/money/rounding.h"

namespace salesdesk::app::sales {
namespace {

namespace pricing = core::pricing;

const EntitySpec& Spec(std::string_view plural) { return *FindEntity(plural); }

// A product's cost as a unit price in its own currency and in every currency a direct rate
// from it is known for (latest rate). Margins are computed in the quote's currency.
std::vector<pricing::ProductCost> Costs(const Record& product, const PricingSnapshot& s) {
  std::vector<pricing::ProductCost> out;
  auto cost = MoneyOf(product, "cost");
  if (!cost) return out;
  auto currency = core::ParseCurrency(cost->currency);
  if (!currency.ok()) return out;
  const std::string unit = TextOf(product, "unit").empty() ? "pc" : TextOf(product, "unit");
  std::int64_t scale = 1;
  for (int i = currency->exponent(); i < core::UnitPrice::kScale; ++i) scale *= 10;
  const std::int64_t units = cost->minor * scale;
  out.push_back({unit, core::UnitPrice::FromUnits(units), *currency});
  std::set<std::string> targets;
  for (const auto& [pair, rate] : s.rates.latest) {
    targets.insert(pair.first);
    targets.insert(pair.second);
  }
  targets.erase(cost->currency);
  for (const auto& code : targets) {
    auto target = core::ParseCurrency(code);
    auto rate = s.rates.Between(cost->currency, code);
    if (!target.ok() || !rate) continue;
    auto converted =
        core::Rescale(static_cast<__int128>(units) * rate->units(), core::UnitPrice::kScale + 8,
                      core::UnitPrice::kScale, core::RoundingMode::kHalfUp);
    if (converted.ok()) out.push_back({unit, core::UnitPrice::FromUnits(*converted), *target});
  }
  return out;
}

}  // namespace

std::optional<core::Rate> ExchangeRates::Between(const std::string& from,
                                                 const std::string& to) const {
  if (auto it = latest.find({from, to}); it != latest.end()) {
    return core::Rate::FromUnits(it->second);
  }
  if (auto it = latest.find({to, from}); it != latest.end() && it->second > 0) {
    const __int128 one = static_cast<__int128>(100'000'000) * 100'000'000;  // 1.0 squared
    return core::Rate::FromUnits(
        static_cast<std::int64_t>((one * 2 + it->second) / (2 * it->second)));
  }
  return std::nullopt;
}

core::Result<std::vector<Record>> ReadAll(UnitOfWork& uow, const EntitySpec& e,
                                          std::vector<Filter> filters) {
  ListQuery q;
  q.filters = std::move(filters);
  q.limit = INT64_MAX / 2;
  q.with_total = false;
  SD_ASSIGN(Page page, uow.List(e, q, Visibility::All()));
  return std::move(page.items);
}

core::Result<ExchangeRates> LoadExchangeRates(UnitOfWork& uow) {
  ExchangeRates out;
  SD_ASSIGN(auto settings, uow.Get(SettingsSpec(), 1, Visibility::All()));
  out.base_currency = settings ? TextOf(*settings, "base_currency") : "EUR";
  SD_ASSIGN(auto rates, ReadAll(uow, Spec("exchange-rates")));
  std::map<std::pair<std::string, std::string>, std::string> rate_dates;
  for (const auto& r : rates) {
    std::pair key{TextOf(r, "from_currency"), TextOf(r, "to_currency")};
    std::string on = TextOf(r, "valid_on");
    if (rate_dates[key] <= on) {
      rate_dates[key] = on;
      out.latest[key] = IntOf(r, "rate").value_or(0);
    }
  }
  return out;
}

core::Result<std::shared_ptr<const PricingSnapshot>> PricingSource::Current(UnitOfWork& uow) {
  // Read before the tables: a write landing in between makes the next request rebuild again.
  SD_ASSIGN(const std::int64_t version, uow.DataVersion("pricing"));
  {
    std::lock_guard lock(mutex_);
    if (snapshot_ && version == version_) return snapshot_;
  }

  auto snapshot = std::make_shared<PricingSnapshot>(
      PricingSnapshot{.context = pricing::PricingContext::Build({}, {}, {}).value()});
  SD_ASSIGN(snapshot->rates, LoadExchangeRates(uow));

  pricing::PricingCatalog catalog;
  SD_ASSIGN(auto products, ReadAll(uow, Spec("products")));
  for (const auto& p : products) {
    const std::int64_t id = RecordId(p);
    std::string unit = TextOf(p, "unit").empty() ? "pc" : TextOf(p, "unit");
    snapshot->products[id] =
        ProductFacts{TextOf(p, "sku"), TextOf(p, "name"), unit, IntOf(p, "category_id")};
    catalog.products.push_back({id, IntOf(p, "category_id"), Costs(p, *snapshot)});
  }
  SD_ASSIGN(auto categories, ReadAll(uow, Spec("product-categories")));
  SD_ASSIGN(auto groups, ReadAll(uow, Spec("customer-groups")));
  SD_ASSIGN(auto territories, ReadAll(uow, Spec("territories")));
  catalog.categories = TreeNodes(categories);
  catalog.customer_groups = TreeNodes(groups);
  catalog.territories = TreeNodes(territories);

  SD_ASSIGN(auto lists, ReadAll(uow, Spec("price-lists")));
  SD_ASSIGN(auto items, ReadAll(uow, Spec("price-list-items")));
  std::unordered_map<std::int64_t, std::vector<const Record*>> items_by_list;
  for (const auto& item : items) {
    items_by_list[IntOf(item, "price_list_id").value_or(0)].push_back(&item);
  }
  std::vector<pricing::PriceList> price_lists;
  for (const auto& l : lists) {
    SD_ASSIGN(auto list, ListFromRecords(l, items_by_list[RecordId(l)]));
    price_lists.push_back(std::move(list));
    snapshot->price_lists[RecordId(l)] = l;
  }

  // Rules are checked one by one so a rule made stale by later edits (its category was moved
  // under it, its source list removed) drops out alone instead of stopping all pricing.
  SD_ASSIGN(auto list_index, pricing::PriceListIndex::Build(price_lists));
  SD_ASSIGN(auto category_index, pricing::TreeIndex::Build(catalog.categories, "categories"));
  SD_ASSIGN(auto group_index, pricing::TreeIndex::Build(catalog.customer_groups, "groups"));
  SD_ASSIGN(auto territory_index, pricing::TreeIndex::Build(catalog.territories, "territories"));
  SD_ASSIGN(auto rule_records, ReadAll(uow, Spec("pricing-rules")));
  std::vector<pricing::PricingRule> rules;
  rules.reserve(rule_records.size());
  for (const auto& r : rule_records) {
    if (!BoolOf(r, "active", true)) continue;
    auto rule = RuleFromRecord(r);
    // A stored rule that no longer converts (its list was removed) is left out, not fatal.
    if (!rule.ok() || !pricing::ValidateRule(*rule, list_index, category_index, group_index,
                                             territory_index, "rule")
                           .ok()) {
      continue;
    }
    snapshot->rule_names[rule->id] = rule->name;
    rules.push_back(std::move(rule).value());
  }
  SD_ASSIGN(snapshot->context, pricing::PricingContext::Build(
                                   std::move(catalog), std::move(price_lists), std::move(rules)));
  std::lock_guard lock(mutex_);
  version_ = version;
  snapshot_ = std::move(snapshot);
  return snapshot_;
}

}  // namespace salesdesk::app::sales
