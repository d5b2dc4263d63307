// The one place a quote's and a quote line's generic records become typed values and back
// (core/quotes/quote.h). tests/sales/unit/quote_mapping_test.cpp holds both directions to the
// entity specs: every field of "quotes" and "quote-lines" survives the round trip.
#pragma once

#include "app/records/field_value.h"
#include "core/result.h"
#include "modules/sales/core/quotes/quote.h"

namespace salesdesk::app::sales {

core::Result<core::quotes::Quote> QuoteFromRecord(const Record& r);
core::Result<core::quotes::SavedQuoteLine> QuoteLineFromRecord(const Record& r,
                                                               const core::Currency& currency);
// The fields of a stored quote the typed quote does not know: those other modules add to the
// "quotes" spec (pipeline's opportunity_id, decision 0055). Sales carries them, never reads them.
Record QuoteExtensionFields(const Record& r);
// The stored form; absent optionals are nulls. Meta fields (id, version, created_at) included,
// and `extensions` (from QuoteExtensionFields) as they were.
Record QuoteToRecord(const core::quotes::Quote& q, const Record& extensions = {});
Record QuoteLineToRecord(const core::quotes::SavedQuoteLine& l);

}  // namespace salesdesk::app::sales
