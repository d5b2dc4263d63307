// Shared steps of the billing services: the entity specs and the dated rate to the base currency.
#pragma once

#include <string>
#include <string_view>

#include "app/records/entity_spec.h"
#include "core/money/decimal.h"
#include "core/result.h"
#include "core/time/date.h"
#include "modules/sales/app/pricing_source.h"

namespace salesdesk::modules::billing {

const app::EntitySpec& Spec(std::string_view plural);

// Base units per unit of `currency` valid on `on` (1 for the base itself); none is a 422 naming
// `field` that says which rate to add.
core::Result<core::Rate> RateToBase(const app::sales::ExchangeRates& rates,
                                    const std::string& currency, core::Date on,
                                    const std::string& field);

}  // namespace salesdesk::modules::billing
