// Shared steps of the quote and order services: loading a quote the caller may see, its lines
// and approvals, writing audit rows and notifications, numbering documents.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "app/records/audit_trail.h"
#include "modules/sales/app/pricing_source.h"
#include "modules/sales/app/quote_service.h"
#include "modules/sales/core/quotes/deviation.h"

namespace salesdesk::app::sales {

const EntitySpec& Spec(std::string_view plural);

// The record if the caller may see it; kNotFound otherwise (invisible and absent look alike).
core::Result<Record> LoadVisible(UnitOfWork& uow, const Caller& caller, const EntitySpec& e,
                                 std::int64_t id);
// If-Match for a quote's actions: kPreconditionFailed unless the quote is still the version the
// caller saw. None: an internal caller (demo, command line) acting on the current version.
core::Result<void> CheckQuoteVersion(const Record& quote, std::optional<std::int64_t> expected);
core::Result<std::vector<Record>> LinesOf(UnitOfWork& uow, std::int64_t quote_id);
core::Result<std::optional<Record>> LatestApproval(UnitOfWork& uow, std::int64_t quote_id);
// Everything approved for this revision of the quote (the deviations with their figures).
core::Result<std::vector<core::quotes::Deviation>> ApprovedDeviations(UnitOfWork& uow,
                                                                      std::int64_t quote_id,
                                                                      std::int64_t revision);

core::Result<void> Notify(UnitOfWork& uow, std::int64_t user_id, std::string text, std::string link,
                          std::int64_t now);
// "Q-2026-00042": the prefix, the year and the next number of that year's sequence.
core::Result<std::string> NextDocumentNumber(UnitOfWork& uow, const std::string& prefix,
                                             core::Date today);

// The document as the caller sees it: deviations against the owner's authority and the actions
// the caller may take now.
core::Result<QuoteDocument> BuildDocument(UnitOfWork& uow, const Caller& caller, Record quote,
                                          std::vector<Record> lines,
                                          const PricingSnapshot& snapshot);

// Writes the quote's new lines in place of the old ones; returns them as stored.
core::Result<std::vector<Record>> ReplaceLines(UnitOfWork& uow, std::int64_t quote_id,
                                               const std::vector<Record>& old_lines,
                                               std::vector<Record> new_lines, std::int64_t now);

std::string QuoteLink(std::int64_t id);

struct PricedQuote;
// The quote's untaxed, tax, total and margin fields from a pricing.
void SetTotals(Record& quote, const PricedQuote& priced);
// Stored lines as input again (to re-price a quote), keys and manual changes kept.
std::vector<QuoteLineInput> InputsOf(const std::vector<Record>& lines);

}  // namespace salesdesk::app::sales
