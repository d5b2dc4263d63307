// Prices a quote's lines with the engine and turns the answer into quote-lines records and
// totals: one rounding per line (the engine's), one tax rounding per rate, the margin from the
// exact cost sum rounded once.
#pragma once

#include <optional>
#include <vector>

#include "app/ports/store.h"
#include "core/time/timestamp.h"
#include "modules/sales/app/pricing_source.h"
#include "modules/sales/app/quote_input.h"
#include "modules/sales/core/pricing/price_explanation.h"
#include "modules/sales/core/quotes/quote_totals.h"

namespace salesdesk::app::sales {

// What a quote is priced for: the header fields the engine needs.
struct PricingTerms {
  const Record* account = nullptr;  // account_id, customer_group_id, territory_id
  std::int64_t price_list_id = 0;
  std::string currency;
  core::Date date;
  std::string channel;
  core::Timestamp rules_as_of;
};

// The engine's answer for `lines`. Errors name "lines[k].<field>" or the header field.
core::Result<core::pricing::PricingResult> PriceLines(UnitOfWork& uow,
                                                      const PricingSnapshot& snapshot,
                                                      const PricingTerms& terms,
                                                      const std::vector<QuoteLineInput>& lines);

// A line the engine could not price is refused (on lines[k].product_id, saying how to fix it),
// by quotes and the simulator alike.
core::Result<void> CheckPriced(const PricingSnapshot& snapshot, const QuoteLineInput& line,
                               const core::pricing::LinePricing& priced, std::size_t index);

struct PricedQuote {
  std::vector<Record> lines;  // quote-lines fields without quote_id
  core::quotes::QuoteTotals totals;
  std::optional<core::Money> margin;  // none when a line's cost is unknown
};

// The totals of a quote's line records (net, tax_rate_pct, unit_cost, quantity): one tax
// rounding per rate, the margin from the exact cost sum rounded once (none when a line's cost
// is unknown).
core::Result<PricedQuote> TotalsOf(std::vector<Record> lines, const std::string& currency);

// PriceLines, then records and totals. A line the engine cannot price is an error on its
// product_id saying how to fix it.
core::Result<PricedQuote> PriceQuote(UnitOfWork& uow, const PricingSnapshot& snapshot,
                                     const PricingTerms& terms,
                                     const std::vector<QuoteLineInput>& lines);

}  // namespace salesdesk::app::sales
