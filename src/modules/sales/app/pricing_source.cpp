#include "modules/sales/app/pricing_source.h"

#include <algorithm>
#include <iterator>
#include <set>

#include "app/records/record_fields.h"
#include "app/records/record_versions.h"
#include "core/money/currency.h"
#include "core/money/rounding.h"
#include "modules/sales/app/pricing_records.h"

namespace salesdesk::app::sales {
namespace {

namespace pricing = core::pricing;

const EntitySpec& Spec(std::string_view plural) { return *FindEntity(plural); }

// A product's cost as a unit price in its own currency; other currencies are reached at the
// quote date's rate (PricingRequest::cost_rates).
std::vector<pricing::ProductCost> Costs(const Record& product) {
  std::vector<pricing::ProductCost> out;
  auto cost = MoneyOf(product, "cost");
  if (!cost) return out;
  auto currency = core::ParseCurrency(cost->currency);
  if (!currency.ok()) return out;
  const std::string unit = TextOf(product, "unit").empty() ? "pc" : TextOf(product, "unit");
  std::int64_t scale = 1;
  for (int i = currency->exponent(); i < core::UnitPrice::kScale; ++i) scale *= 10;
  out.push_back({unit, core::UnitPrice::FromUnits(cost->minor * scale), *currency});
  return out;
}

// The newest of `rates` (ascending) dated on or before `on`.
const ExchangeRates::Dated* ValidOn(const std::vector<ExchangeRates::Dated>& rates,
                                    const std::string& on) {
  auto it = std::upper_bound(
      rates.begin(), rates.end(), on,
      [](const std::string& day, const ExchangeRates::Dated& r) { return day < r.valid_on; });
  return it == rates.begin() ? nullptr : &*std::prev(it);
}

}  // namespace

std::optional<core::Rate> ExchangeRates::Between(const std::string& from, const std::string& to,
                                                 core::Date on) const {
  const std::string day = on.ToString();
  if (auto it = history.find({from, to}); it != history.end()) {
    if (const Dated* r = ValidOn(it->second, day)) return core::Rate::FromUnits(r->rate);
  }
  if (auto it = history.find({to, from}); it != history.end()) {
    const Dated* r = ValidOn(it->second, day);
    if (r == nullptr || r->rate <= 0) return std::nullopt;
    const __int128 one = static_cast<__int128>(100'000'000) * 100'000'000;  // 1.0 squared
    return core::Rate::FromUnits(static_cast<std::int64_t>((one * 2 + r->rate) / (2 * r->rate)));
  }
  return std::nullopt;
}

std::vector<pricing::CostRate> ExchangeRates::CostRatesInto(const core::Currency& currency,
                                                            core::Date on) const {
  std::set<std::string> sources;
  for (const auto& [pair, rates] : history) {
    sources.insert(pair.first);
    sources.insert(pair.second);
  }
  sources.erase(currency.code());
  std::vector<pricing::CostRate> out;
  for (const auto& code : sources) {
    auto from = core::ParseCurrency(code);
    auto rate = Between(code, currency.code(), on);
    if (from.ok() && rate) out.push_back({*from, *rate});
  }
  return out;
}

core::Result<ExchangeRates> LoadExchangeRates(UnitOfWork& uow) {
  ExchangeRates out;
  SD_ASSIGN(auto settings, uow.Get(SettingsSpec(), 1, Visibility::All()));
  out.base_currency = settings ? TextOf(*settings, "base_currency") : "EUR";
  SD_ASSIGN(auto rates, ReadAll(uow, Spec("exchange-rates")));
  for (const auto& r : rates) {
    out.history[{TextOf(r, "from_currency"), TextOf(r, "to_currency")}].push_back(
        {TextOf(r, "valid_on"), IntOf(r, "rate").value_or(0)});
  }
  for (auto& [pair, dated] : out.history) {
    std::sort(dated.begin(), dated.end(),
              [](const ExchangeRates::Dated& a, const ExchangeRates::Dated& b) {
                return a.valid_on < b.valid_on;
              });
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
  PricingTables tables;
  SD_ASSIGN(tables.lists, ReadAll(uow, Spec("price-lists")));
  SD_ASSIGN(tables.items, ReadAll(uow, Spec("price-list-items")));
  SD_ASSIGN(tables.rules, ReadAll(uow, Spec("pricing-rules")));
  SD_ASSIGN(auto snapshot, Build(uow, std::move(tables)));
  std::lock_guard lock(mutex_);
  version_ = version;
  snapshot_ = std::move(snapshot);
  return snapshot_;
}

core::Result<std::shared_ptr<const PricingSnapshot>> PricingSource::AsOf(UnitOfWork& uow,
                                                                         core::Timestamp instant) {
  const std::int64_t at = instant.micros_since_epoch();
  bool changed = false;
  for (const char* e : {"price-lists", "price-list-items", "pricing-rules"}) {
    if (changed) break;
    SD_ASSIGN(changed, ChangedAfter(uow, Spec(e), at));
  }
  // The usual case: nothing was edited since (rules created later the engine leaves out).
  if (!changed) return Current(uow);
  SD_ASSIGN(const std::int64_t version, uow.DataVersion("pricing"));
  {
    std::lock_guard lock(mutex_);
    for (const auto& kept : as_of_) {
      if (kept.version == version && kept.instant == at) return kept.snapshot;
    }
  }
  PricingTables tables;
  SD_ASSIGN(tables.lists, RecordsAsOf(uow, Spec("price-lists"), at, false));
  SD_ASSIGN(tables.items, RecordsAsOf(uow, Spec("price-list-items"), at, false));
  SD_ASSIGN(tables.rules, RecordsAsOf(uow, Spec("pricing-rules"), at, true));
  SD_ASSIGN(auto snapshot, Build(uow, std::move(tables)));
  std::lock_guard lock(mutex_);
  // A few instants are enough: the quotes being edited right now.
  if (as_of_.size() >= kAsOfCached) as_of_.erase(as_of_.begin());
  as_of_.push_back({version, at, snapshot});
  return snapshot;
}

core::Result<std::shared_ptr<const PricingSnapshot>> PricingSource::Build(UnitOfWork& uow,
                                                                          PricingTables tables) {
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
    pricing::ProductInfo info{id, IntOf(p, "category_id"), Costs(p), {}};
    const std::string sales_unit = TextOf(p, "sales_unit");
    if (auto factor = IntOf(p, "sales_unit_factor"); !sales_unit.empty() && sales_unit != unit &&
                                                     factor && *factor >= 2 &&
                                                     *factor <= pricing::kMaxUnitFactor) {
      info.conversions.push_back({sales_unit, unit, *factor});
    }
    catalog.products.push_back(std::move(info));
  }
  SD_ASSIGN(auto categories, ReadAll(uow, Spec("product-categories")));
  SD_ASSIGN(auto groups, ReadAll(uow, Spec("customer-groups")));
  SD_ASSIGN(auto territories, ReadAll(uow, Spec("territories")));
  catalog.categories = TreeNodes(categories);
  catalog.customer_groups = TreeNodes(groups);
  catalog.territories = TreeNodes(territories);

  const auto& lists = tables.lists;
  const auto& items = tables.items;
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
  const auto& rule_records = tables.rules;
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
  return std::shared_ptr<const PricingSnapshot>(std::move(snapshot));
}

}  // namespace salesdesk::app::sales
