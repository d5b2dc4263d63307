// The quote desk's use cases (docs/sales-desk-api.md): price, create and replace quotes, submit
// them against the owner's authority, route and decide approval requests, send, record the
// customer's answer, revise, expire, and convert to a sales order. Each runs in one transaction,
// reads through the access layer and writes its audit rows in the same transaction.
#pragma once

#include <boost/json/object.hpp>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "app/records/idempotency.h"
#include "core/time/clock.h"
#include "core/time/timestamp.h"
#include "modules/sales/app/pricing_source.h"
#include "modules/sales/app/quote_input.h"
#include "modules/sales/app/quote_price_lock.h"
#include "modules/sales/app/quote_pricing.h"

namespace salesdesk::app::sales {

// A quote with its lines, its open (or last) approval request, its current deviations from the
// owner's authority, and what the caller may do next.
struct QuoteDocument {
  Record quote;
  std::vector<Record> lines;
  std::optional<Record> approval;
  boost::json::array deviations;  // as the caller may see them
  // Per line, the explanation expanded with rule and list names (with cost figures for those
  // who may see cost).
  std::vector<boost::json::object> explanations;
  std::vector<std::string> allowed_actions;
  // A re-price's answer: per re-priced line its line_key, position, old and new unit price
  // and net. Empty otherwise.
  boost::json::array repriced;
};

// Who a printed quote is for. The customer document (the one sent) never carries cost or
// margin, whoever downloads it; the internal version does, for roles that see cost.
enum class PrintVariant { kCustomer, kInternal };

// What a printed quote shows besides the document: the parties and the products' SKUs.
struct QuotePrintData {
  QuoteDocument document;
  Record company;  // settings
  Record account;
  std::optional<Record> contact;
  std::unordered_map<std::int64_t, std::string> skus;
  bool internal = false;  // the internal variant: cost and margin printed
};

enum class QuoteAction { kSend, kAccept, kReject, kRevise };

struct SimulateInput {
  std::int64_t account_id = 0;
  std::int64_t product_id = 0;
  core::Quantity quantity;
  std::string unit;
  std::optional<core::Date> date;
  std::optional<std::int64_t> price_list_id;
  std::string channel;
};

// Lines priced for an account as a quote's would be today (pipeline's deal lines, decision 0072).
struct AccountPricing {
  std::int64_t price_list_id = 0;
  std::string currency;  // the list's
  core::Date date;       // the company's today
  PricedQuote priced;
  Record account;  // as the caller sees it
  Record header;   // completed as a quote's: currency, payment_terms_days, pricing_date
};

class QuoteService {
 public:
  QuoteService(Store& store, const core::Clock& clock, PricingSource& pricing)
      : store_(store), clock_(clock), pricing_(pricing) {}

  // Prices one line as a quote would, without storing anything.
  core::Result<boost::json::object> Simulate(const Caller& caller, const SimulateInput& input);
  // Prices `lines` in `uow` as a direct-channel quote for the account dated today would be (the
  // caller must see the account; `price_list_id` none: the active list in the account's
  // currency, as the simulator). Errors name "account_id", "price_list_id" or "lines[k].<field>".
  core::Result<AccountPricing> PriceForAccount(UnitOfWork& uow, const Caller& caller,
                                               std::int64_t account_id,
                                               std::optional<std::int64_t> price_list_id,
                                               const std::vector<QuoteLineInput>& lines);
  core::Result<QuoteDocument> Document(const Caller& caller, std::int64_t id);
  // The document and parties for the PDF. kInternal is kForbidden for roles that do not see
  // cost; kCustomer never carries cost, whoever asks.
  core::Result<QuotePrintData> PrintData(const Caller& caller, std::int64_t id,
                                         PrintVariant variant);
  // With an Idempotency-Key, a retried create gets the first answer back (stored with the
  // quote in one transaction) instead of making a second quote.
  core::Result<CreateResult<QuoteDocument>> Create(const Caller& caller, QuoteInput input,
                                                   const IdempotencyRequest* idempotency = nullptr,
                                                   const Renderer<QuoteDocument>& render = {});
  // The document Create would store, priced and checked, without storing anything.
  core::Result<QuoteDocument> Preview(const Caller& caller, QuoteInput input);
  // Saves the header and lines; saved lines keep their prices unless what they are priced
  // from changed (decision 0017).
  core::Result<QuoteDocument> Replace(const Caller& caller, std::int64_t id,
                                      std::int64_t expected_version, QuoteInput input);
  // Prices the named lines (or the whole quote) afresh with today's conditions, as the person
  // asked; the answer lists each line's old and new price.
  core::Result<QuoteDocument> Reprice(const Caller& caller, std::int64_t id,
                                      std::int64_t expected_version, RepriceRequest request);
  // The workflow acts on the version of the quote the caller saw (`expected_version`, the
  // If-Match of the API; none for internal callers): kPreconditionFailed when it changed since.
  core::Result<QuoteDocument> Submit(const Caller& caller, std::int64_t id,
                                     std::optional<std::int64_t> expected_version);
  // `expected_version` is the version of the request's quote.
  core::Result<QuoteDocument> Decide(const Caller& caller, std::int64_t request_id, bool approve,
                                     const std::string& comment,
                                     std::optional<std::int64_t> expected_version);
  core::Result<QuoteDocument> Act(const Caller& caller, std::int64_t id, QuoteAction action,
                                  const std::string& comment,
                                  std::optional<std::int64_t> expected_version);
  // Sent quotes past their validity become expired; returns how many.
  core::Result<int> ExpireOverdue();

 private:
  struct Drafted {
    Record header;
    std::vector<Record> lines;
    std::shared_ptr<const PricingSnapshot> snapshot;
  };
  core::Result<Drafted> Draft(UnitOfWork& reader, const Caller& caller, QuoteInput input,
                              core::Timestamp now);
  core::Result<QuoteDocument> Save(const Caller& caller, std::int64_t id,
                                   std::int64_t expected_version, QuoteInput input,
                                   std::optional<RepriceRequest> reprice);

  Store& store_;
  const core::Clock& clock_;
  PricingSource& pricing_;
};

}  // namespace salesdesk::app::sales
