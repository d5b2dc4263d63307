// Shared steps of the billing services: the entity specs and the dated rate to the base currency.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "app/ports/store.h"
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

// A validate hook's view of a text field: the value being written, else the stored one; null
// when neither is text (the generic checks report a missing or null field).
const std::string* WrittenOrStoredText(const app::Record& current, const app::Record& fields,
                                       std::string_view name);

// kPreconditionFailed (record.stale) unless `record` is still the version the caller saw; none:
// an internal caller acting on the current version.
core::Result<void> CheckVersion(const app::Record& record, std::optional<std::int64_t> expected,
                                const std::string& entity);

// "<prefix>-<year>-<6 digits>" from the sequence "<prefix>-<year>": drawn inside the posting
// transaction, so a failed post rolls the number back and the series has no gaps.
core::Result<std::string> NextDocumentNumber(app::UnitOfWork& uow, const std::string& prefix,
                                             int year);

// 422 on `field`: the referenced record does not exist or the caller may not see it.
core::Error NotVisible(const std::string& field, const std::string& kind, std::int64_t id,
                       const std::string& plural);

}  // namespace salesdesk::modules::billing
