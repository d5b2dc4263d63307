// Small builders for the billing rule tests: dates, currencies and rates from literals.
#pragma once

#include "core/money/currency.h"
#include "core/money/decimal.h"
#include "core/time/date.h"

namespace salesdesk::core::billing::testing {

inline Date D(const char* iso) { return *ParseDate(iso); }
inline Currency C(const char* code) { return *ParseCurrency(code); }
inline Rate R(const char* rate) { return *Rate::Parse(rate); }
inline Percent P(const char* pct) { return *Percent::Parse(pct); }

}  // namespace salesdesk::core::billing::testing
