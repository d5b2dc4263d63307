// What a printed quote shows (core/quotes/quote_print.h), built from the records PrintData
// gathered for the reader: the customer document never carries cost or margin; the internal one
// does. The tax groups are made as the quote's totals were: one rounding per rate.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "modules/sales/app/quote_service.h"
#include "modules/sales/core/quotes/quote_print.h"

namespace salesdesk::app::sales {

// The parties as every printed document shows them: the legal name (else the name), the
// address lines that are not empty, tax id, e-mail and phone.
core::quotes::PrintParty PrintPartyOf(const Record& r, std::vector<std::string> address);
core::quotes::PrintParty CompanyParty(const Record& settings);
core::quotes::PrintParty AccountParty(const Record& account);

core::Result<core::quotes::QuotePrint> BuildQuotePrint(const QuotePrintData& data,
                                                       std::string language);

}  // namespace salesdesk::app::sales
