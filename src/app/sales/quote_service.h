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
#include "app/sales/pricing_source.h"
#include "app/sales/quote_input.h"
#include "core/time/clock.h"
#include "core/time/timestamp.h"

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
};

// What a printed quote shows besides the document: the parties and the products' SKUs.
struct QuotePrintData {
  QuoteDocument document;
  Record company;  // settings
  Record account;
  std::optional<Record> contact;
  std::unordered_map<std::int64_t, std::string> skus;
  bool show_cost = false;
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

class QuoteService {
 public:
  QuoteService(Store& store, const core::Clock& clock, PricingSource& pricing)
      : store_(store), clock_(clock), pricing_(pricing) {}

  // Prices one line as a quote would, without storing anything.
  core::Result<boost::json::object> Simulate(const Caller& caller, const SimulateInput& input);
  core::Result<QuoteDocument> Document(const Caller& caller, std::int64_t id);
  // The document and parties for the PDF; cost only for those who may see it.
  core::Result<QuotePrintData> PrintData(const Caller& caller, std::int64_t id);
  core::Result<QuoteDocument> Create(const Caller& caller, QuoteInput input);
  // The document Create would store, priced and checked, without storing anything.
  core::Result<QuoteDocument> Preview(const Caller& caller, QuoteInput input);
  core::Result<QuoteDocument> Replace(const Caller& caller, std::int64_t id,
                                      std::int64_t expected_version, QuoteInput input);
  core::Result<QuoteDocument> Submit(const Caller& caller, std::int64_t id);
  core::Result<QuoteDocument> Decide(const Caller& caller, std::int64_t request_id, bool approve,
                                     const std::string& comment);
  core::Result<QuoteDocument> Act(const Caller& caller, std::int64_t id, QuoteAction action,
                                  const std::string& comment);
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

  Store& store_;
  const core::Clock& clock_;
  PricingSource& pricing_;
};

}  // namespace salesdesk::app::sales
