// Order-to-cash history (decision 0050): the documents of N months of orders planned in memory —
// orders priced at the catalogue's list, their deliveries, invoices with instalments, credit
// notes and payments with their allocations — every amount from the modules' own rules (line
// nets and totals: sales; instalments, application, FX: billing). Writing them is
// order_history_write.cpp's job; this part touches no database, so it is tested alone.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "core/time/date.h"
#include "modules/billing/core/instalments.h"
#include "modules/sales/app/pricing_source.h"

namespace salesdesk::modules::deliveries::history {

struct Customer {
  std::int64_t id = 0, owner = 0;
  bool summer = false;  // southern territory: sells more in June-August (the pipeline demo's peak)
};

struct Product {
  std::int64_t id = 0;
  std::string unit, name;
  // The book's list prices: (min quantity units, unit price units), ascending by min quantity.
  std::vector<std::pair<std::int64_t, std::int64_t>> prices;
  std::int64_t cost_minor = 0;
  std::string cost_currency;  // empty: no cost
};

struct Terms {
  std::int64_t id = 0;
  std::vector<core::billing::TermLine> lines;
  int weight = 1;  // how often customers are on these terms
};

struct Shape {
  int months = 36;                  // history length, ending today
  int lines_per_month = 0;          // average over a year; the summer peak moves it month to month
  int lines_per_order = 5;          // average; each order gets 1 .. 2×this−1
  std::int64_t tax_rate = 210'000;  // Percent units: 21 % VAT, the company's home rate
  std::uint64_t seed = 0;
};

struct Line {
  std::size_t product = 0;  // index into the products given
  std::int64_t quantity = 0, unit_price = 0, net = 0;
};

struct DeliveryPlan {
  core::Date shipped_on;
  std::vector<std::pair<std::size_t, std::int64_t>> lines;  // (order line index, quantity)
};

struct Allocation {
  std::size_t instalment = 0;
  std::int64_t amount = 0;
};

struct CreditPlan {
  core::Date date;
  std::int64_t net = 0, tax = 0, total = 0, applied = 0, relieved_base = 0;  // of line 1
  std::vector<Allocation> allocations;
};

struct PaymentPlan {
  core::Date paid_on;
  std::string currency;  // EUR, or USD / GBP paid against a EUR invoice
  std::int64_t amount = 0, settled = 0, applied = 0, relieved_base = 0, settlement_base = 0;
  std::vector<Allocation> allocations;
};

struct InvoicePlan {
  core::Date date;
  std::size_t terms = 0;                  // index into the terms given
  std::int64_t rate = 0, base_total = 0;  // to the base currency on its date (E-R6)
  std::vector<core::billing::PlannedInstalment> instalments;
  std::optional<CreditPlan> credit;
  std::vector<PaymentPlan> payments;
};

struct Order {
  std::size_t customer = 0;   // index into the customers given
  std::string currency;       // the book's
  std::int64_t tax_rate = 0;  // Percent units, on every line
  core::Date ordered_on;
  std::vector<Line> lines;
  std::int64_t untaxed = 0, tax = 0, total = 0;
  std::vector<DeliveryPlan> deliveries;
  std::optional<InvoicePlan> invoice;
};

// One book of the history: the customers in one currency and the catalogue at that currency's
// list, and what it is measured against. The home currency's sales carry the shape's VAT; sales
// in another currency are exports, zero-rated.
struct Inputs {
  std::string currency = "EUR";
  bool export_sales = false;
  std::vector<Customer> customers;
  std::vector<Product> products;  // only those with a price on the book's list
  std::vector<Terms> terms;
  const app::sales::ExchangeRates* rates = nullptr;  // for payments in USD and GBP
  core::Date today;
};

// How many lines month `index` (0 = the oldest of `shape.months`, ending with today's) gets.
int LinesInMonth(const Shape& shape, const Inputs& in, int index);

// The orders of month `index`, deterministic from the seed and the index alone (so months can
// be planned and written one at a time at any size).
core::Result<std::vector<Order>> PlanMonth(const Shape& shape, const Inputs& in, int index);

}  // namespace salesdesk::modules::deliveries::history
