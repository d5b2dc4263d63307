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
#include "core/pricing/pricing_context.h"

namespace salesdesk::app::sales {

struct ProductFacts {
  std::string sku;
  std::string name;
  std::string unit;
  std::optional<std::int64_t> category_id;
};

// The organisation's base currency and the latest known rate of every currency pair.
struct ExchangeRates {
  std::string base_currency;
  // Latest rate per (from, to) currency pair, in Rate units (8 decimals).
  std::map<std::pair<std::string, std::string>, std::int64_t> latest;

  // Units of `to` per unit of `from`: the direct rate, else the inverse of the opposite one
  // (rounded half-up once at 8 decimals); none when no rate is known.
  std::optional<core::Rate> Between(const std::string& from, const std::string& to) const;
  // Base-currency units per unit of `currency` (none when it is the base or no rate is known).
  std::optional<core::Rate> ToBase(const std::string& currency) const {
    return currency == base_currency ? std::nullopt : Between(currency, base_currency);
  }
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

 private:
  std::mutex mutex_;
  std::int64_t version_ = -1;  // data_versions "pricing" the snapshot was built at
  std::shared_ptr<const PricingSnapshot> snapshot_;
};

// Every record of an entity, unpaged and uncounted, ignoring visibility: for internal reads of
// master data (the caller has decided the data may be used).
core::Result<std::vector<Record>> ReadAll(UnitOfWork& uow, const EntitySpec& e,
                                          std::vector<Filter> filters = {});

}  // namespace salesdesk::app::sales
