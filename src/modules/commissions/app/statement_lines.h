// The lines of one rep's statement for one month, from the rep's posted invoices and the payments
// on them (no I/O: the service reads the records). Per component: each invoice's commission in
// posting order (flat: C-R3 per invoice; tiered: C-R4 on the cumulative base of the invoice's
// month or quarter), earned on the invoice date or by each payment (C-R7), drilled down to the
// invoice lines by Allocate and converted to the payout currency once per line (C-R9).
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/money/currency.h"
#include "core/result.h"
#include "core/time/date.h"
#include "modules/billing/core/credit_split.h"
#include "modules/commissions/app/plan_components.h"
#include "modules/sales/app/pricing_source.h"

namespace salesdesk::modules::commissions {

struct SourceLine {
  std::int64_t id = 0;
  std::int64_t net = 0;  // untaxed, invoice currency
  std::int64_t position = 0;
  std::int64_t quantity_milli = 0;  // the line's quantity in thousandths
  // The unit cost snapshot taken at invoicing (C-R6); none on lines invoiced before it was kept.
  std::optional<std::int64_t> unit_cost;
  std::string cost_currency;
};
// A posted credit note of the invoice (C-R8): its lines name the invoice lines they credit
// (`SourceLine.id` is the invoice line's id, `net` the credited net); they carry no cost — a
// margin clawback takes it from the credited invoice line.
struct SourceCreditNote {
  std::int64_t id = 0;
  core::Date date;
  std::int64_t net = 0;  // untaxed credited, invoice currency
  std::vector<SourceLine> lines;
  std::int64_t gross = 0;  // its total: lowers what payments settle (C-R7)
  std::string number;      // named by its clawback lines
};
// A bad-debt write-off of the invoice (decision 0056): open gross given up. It never earns
// (C-R7) and claws back an on-invoice commission like a credit note of the same share of the
// invoice's gross (C-R8).
struct SourceWriteOff {
  std::int64_t id = 0;
  core::Date date;
  std::int64_t amount = 0;  // gross, invoice currency
};
struct SourceInvoice {
  std::int64_t id = 0;
  core::Date date;
  std::string number;
  std::string currency;
  std::int64_t net = 0;    // untaxed: the commission base (C-R1)
  std::int64_t gross = 0;  // total: what payments settle (C-R7)
  std::vector<SourceLine> lines;
  // Split credit (C-R2): the rep's base is their Allocate share of the invoice's; no shares:
  // the owner's 100 %. An overlay share adds round(base × share) on top, reducing nobody.
  std::int64_t owner_id = 0;
  std::vector<core::billing::CreditShare> shares;
  std::vector<core::billing::CreditShare> overlays;
  std::vector<SourceCreditNote> credit_notes;
  std::vector<SourceWriteOff> write_offs;
};
struct SourcePayment {
  std::int64_t id = 0;
  std::int64_t invoice_id = 0;
  core::Date paid_on;
  std::int64_t applied = 0;  // invoice currency
};

struct EarnedLine {
  std::string component;
  bool on_payment = false;
  bool clawback = false;   // a credit note's or write-off's negative line (C-R8)
  bool write_off = false;  // the clawback comes from a write-off
  core::Date earned_on;
  std::int64_t invoice_id = 0;
  std::optional<std::int64_t> invoice_line_id;
  std::optional<std::int64_t> payment_id;
  std::int64_t base = 0;  // the invoice line's net, invoice currency
  std::string base_currency;
  std::int64_t amount = 0;  // in `amount_currency`
  std::string amount_currency;
  std::int64_t uplift = 0;  // of `amount`
  std::int64_t payout = 0;  // payout currency
  std::string source;       // a clawback's document: the credit note's number, "write-off <id>"
};

struct EarningInput {
  std::vector<Component> components;
  std::optional<std::int64_t> target;  // the assignment's, in the payout currency
  core::Currency payout;
  const app::sales::ExchangeRates* rates = nullptr;
  core::Date first, last;  // the statement's month
  // The rep's posted invoices dated up to `last` (enough to open a quarter), any order, and the
  // payments on them dated up to `last`.
  std::vector<SourceInvoice> invoices;
  std::vector<SourcePayment> payments;
  std::int64_t user = 0;  // whose statement: their credited share of each invoice
  // The rep's months (year × 100 + month) whose statement is approved: an invoice dated in one
  // has its commission paid, so its credit notes and write-offs claw back in the month they are
  // dated (C-R8); an invoice of an open month is recomputed with those dated by `last` instead.
  std::set<std::int64_t> closed_months;
};

// The statement's lines, by component (a component's clawback lines after its earnings), then
// earning date, then invoice, then line. A missing rate names "period" (commissions.no_rate). A
// margin component refuses, naming "period", when an invoice it earns on this statement (or one
// sharing its cumulative period) has a line without a cost snapshot or with a cost in another
// currency (commissions.margin_no_cost / _cost_currency). The lines' `base` stays the line's net
// even on margin: a rep never reads cost from them.
core::Result<std::vector<EarnedLine>> EarnLines(const EarningInput& in);

}  // namespace salesdesk::modules::commissions
