// Locale formatting of the exact numbers printed on a quote: money, unit prices, quantities,
// percentages and dates. Everything works on the scaled integers of core, never on floating
// point, so the printed digits are exactly the stored ones.
#pragma once

#include <cstdint>
#include <string>

#include "core/money/currency.h"
#include "core/money/decimal.h"
#include "core/money/money.h"
#include "core/time/date.h"
#include "pdf/pdf_language.h"

namespace salesdesk::pdf {

// `units` of 10^-scale with groups of three in the integer part ("1,234.5" in en/zh,
// "1.234,5" in de/es). Fraction digits beyond `min_decimals` are printed only when not zero;
// min_decimals may exceed scale (zeros are appended). 0 <= scale <= 18.
std::string FormatDecimal(std::int64_t units, int scale, int min_decimals, Language language);

// The amount at its currency's exponent, no code: "1,234.56", "1.234,56", "12,345" (JPY).
std::string FormatAmount(const core::Money& money, Language language);
// The amount with its ISO code where the language puts it: "EUR 1,234.56" (en, zh),
// "1.234,56 EUR" (de, es).
std::string FormatMoney(const core::Money& money, Language language);
// At least the currency's decimals, up to the six of UnitPrice when they are not zero:
// EUR 12.5 -> "12.50", EUR 0.123456 -> "0.123456", JPY 1200 -> "1,200".
std::string FormatUnitPrice(core::UnitPrice price, core::Currency currency, Language language);
// Trailing zeros dropped: "12", "2.5" (en), "2,5" (de).
std::string FormatQuantity(core::Quantity quantity, Language language);
// "19%" (en, zh), "19 %" (de, es), "7,5 %".
std::string FormatPercent(core::Percent percent, Language language);
// en "22 Nov 2026", de "22.11.2026", es "22/11/2026", zh "2026年11月22日".
std::string FormatDate(core::Date date, Language language);

}  // namespace salesdesk::pdf
