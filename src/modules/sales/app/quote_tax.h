// The tax of each quote line: the default from core/tax (the company's country, the account, the
// product's tax class) unless the line gives another rate, which is then a manual override that
// CheckQuote reports as a tax_rate deviation (docs/tax.md).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/ports/store.h"
#include "core/money/decimal.h"
#include "modules/sales/app/quote_input.h"

namespace salesdesk::app::sales {

struct LineTax {
  core::Percent rate;   // what the line charges
  bool manual = false;  // typed and different from the default (or no default)
  std::optional<core::Percent> default_rate;  // none when no default could be worked out
  std::string regime;                         // core::tax::TaxRegimeName; empty without a default
  std::string note;                           // why the default applies; empty without a default
};

// One LineTax per input line, in order. A line without tax_rate_pct whose default cannot be
// worked out (the company's country is not set or not in the EU table) is an error on
// "lines[k].tax_rate_pct" saying how to fix it; a line with a rate is then taken as typed.
core::Result<std::vector<LineTax>> LineTaxes(UnitOfWork& uow, const Record& account,
                                             const std::vector<QuoteLineInput>& lines);

// The quote-lines fields of a LineTax: tax_rate_pct, tax_rate_source, tax_regime,
// tax_default_pct and tax_note.
void SetTaxFields(Record& line, const LineTax& tax);

}  // namespace salesdesk::app::sales
