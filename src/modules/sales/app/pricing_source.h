// The pricing engine's view of the database: every price list, rule, product cost and tree,
// indexed once (core::pricing::PricingContext) and shared by all requests until one of those
// tables changes. Freshness is one primary-key read per request (data_versions "pricing", bumped
// by every write to those tables), so a rule saved by another server process is seen by the next
// quote priced here.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/ports/store.h"
#include "app/records/internal_reads.h"
#include "core/time/date.h"
#include "core/time/timestamp.h"
#include "modules/sales/core/pricing/pricing_context.h"

namespace salesdesk::app::sales {

struct ProductFacts {
  std::string sku;
  std::string name;
  std::string unit;
  std::optional<std::int64_t> category_id;
};

// The organisation's base currency and every dated rate of every currency pair. A conversion
// takes the rate valid on a given day: the newest one dated on or before it.
struct ExchangeRates {
  struct Dated {
    std::string valid_on;   // YYYY-MM-DD
    std::int64_t rate = 0;  // Rate units (8 decimals)
  };
  std::string base_currency;
  // Per (from, to) pair, ascending by valid_on.
  std::map<std::pair<std::string, std::string>, std::vector<Dated>> history;

  // Units of `to` per unit of `from` on `on`: the direct rate, else the inverse of the opposite
  // one (rounded half-up once at 8 decimals); none when no rate is dated on or before `on`.
  std::optional<core::Rate> Between(const std::string& from, const std::string& to,
                                    core::Date on) const;
  // Base-currency units per unit of `currency` on `on` (none when it is the base or unknown).
  std::optional<core::Rate> ToBase(const std::string& currency, core::Date on) const {
    return currency == base_currency ? std::nullopt : Between(currency, base_currency, on);
  }
  // Every currency a product cost may be kept in, with its rate into `currency` on `on`.
  std::vector<core::pricing::CostRate> CostRatesInto(const core::Currency& currency,
                                                     core::Date on) const;
};

core::Result<ExchangeRates> LoadExchangeRates(UnitOfWork& uow);

struct PricingSnapshot {
  core::pricing::PricingContext context;
  std::unordered_map<std::int64_t, std::string> rule_names;
  std::unordered_map<std::int64_t, ProductFacts> products;
  std::unordered_map<std::int64_t, Record> price_lists;
  ExchangeRates rates;
};

class PricingSource {
 public:
  core::Result<std::shared_ptr<const PricingSnapshot>> Current(UnitOfWork& uow);
  // The conditions as they stood at `instant` (a quote's rules_as_of): lists, list prices and
  // rules as they were then, from their kept versions (decision 0017). The current snapshot
  // when none was edited or deleted since; a few past instants are cached.
  core::Result<std::shared_ptr<const PricingSnapshot>> AsOf(UnitOfWork& uow,
                                                            core::Timestamp instant);

 private:
  struct PricingTables {
    std::vector<Record> lists, items, rules;
  };
  struct AsOfSnapshot {
    std::int64_t version = 0;
    std::int64_t instant = 0;
    std::shared_ptr<const PricingSnapshot> snapshot;
  };
  static constexpr std::size_t kAsOfCached = 8;
  // The engine's context over the given lists, items and rules and the current products,
  // trees and rates.
  core::Result<std::shared_ptr<const PricingSnapshot>> Build(UnitOfWork& uow, PricingTables tables);

  std::mutex mutex_;
  std::int64_t version_ = -1;  // data_versions "pricing" the snapshot was built at
  std::shared_ptr<const PricingSnapshot> snapshot_;
  std::vector<AsOfSnapshot> as_of_;  // oldest first
};

}  // namespace salesdesk::app::sales
