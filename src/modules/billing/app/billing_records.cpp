#include "modules/billing/app/billing_records.h"

#include "app/records/entity_spec.h"

namespace salesdesk::modules::billing {

const app::EntitySpec& Spec(std::string_view plural) { return *app::FindEntity(plural); }

core::Result<core::Rate> RateToBase(const app::sales::ExchangeRates& rates,
                                    const std::string& currency, core::Date on,
                                    const std::string& field) {
  if (currency == rates.base_currency) return core::Rate::FromUnits(100'000'000);
  if (auto r = rates.ToBase(currency, on)) return *r;
  return core::Error::Invalid(
      field, core::Msg("billing.no_rate",
                       {{"from", currency}, {"to", rates.base_currency}, {"date", on.ToString()}}));
}

}  // namespace salesdesk::modules::billing
