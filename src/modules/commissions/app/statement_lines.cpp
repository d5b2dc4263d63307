#include "modules/commissions/app/statement_lines.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "core/money/money.h"
#include "modules/billing/core/ratio.h"
#include "modules/commissions/core/cumulative.h"
#include "modules/commissions/core/earning.h"
#include "modules/commissions/core/statement_totals.h"

namespace salesdesk::modules::commissions {
namespace {

namespace cc = core::commissions;
using core::Error;

struct InvoiceCommission {
  std::int64_t amount = 0;
  std::int64_t uplift = 0;
  std::string currency;
  // Why a margin commission is unknown (a line without a usable cost); raised only if the invoice
  // earns on this statement, so an old invoice never blocks later months it plays no part in.
  std::optional<Error> unknown;
};

// Which month or quarter an invoice's date falls in (a group of the cumulative base).
std::int64_t PeriodKey(PeriodKind kind, core::Date d) {
  const auto c = d.Civil();
  return kind == PeriodKind::kMonth ? c.year * 100 + c.month : c.year * 10 + (c.month - 1) / 3;
}

core::Result<core::Rate> RateInto(const EarningInput& in, const std::string& from, core::Date on) {
  if (from == in.payout.code()) return core::Rate::FromUnits(100'000'000);
  if (auto r = in.rates->Between(from, in.payout.code(), on)) return *r;
  return Error::Invalid(
      "period", core::Msg("commissions.no_rate",
                          {{"from", from}, {"to", in.payout.code()}, {"date", on.ToString()}}));
}

// C-R6: a line's cost, round(unit cost snapshot × quantity); an error when the line has none or
// one in another currency.
core::Result<std::int64_t> CostOf(const SourceInvoice& inv, const SourceLine& l,
                                  const Component& c) {
  core::MessageParams args{{"invoice", inv.number.empty() ? std::to_string(inv.id) : inv.number},
                           {"position", std::to_string(l.position)},
                           {"component", c.name}};
  if (!l.unit_cost) return Error::Invalid("period", core::Msg("commissions.margin_no_cost", args));
  if (l.cost_currency != inv.currency) {
    args.emplace_back("cost_currency", l.cost_currency);
    args.emplace_back("currency", inv.currency);
    return Error::Invalid("period", core::Msg("commissions.margin_cost_currency", args));
  }
  return cc::LineCost(*l.unit_cost, l.quantity_milli);
}

// C-R6: an invoice's margin, Σ (line net − line cost), in its currency.
core::Result<std::int64_t> InvoiceMargin(const SourceInvoice& inv, const Component& c) {
  std::vector<cc::MarginLine> lines;
  for (const auto& l : inv.lines) {
    SD_ASSIGN(const std::int64_t cost, CostOf(inv, l, c));
    lines.push_back({l.net, cost});
  }
  return cc::MarginBase(lines);
}

// C-R6 with C-R8: what a credit note takes off the margin. Its lines carry no cost, so each
// credited line gives back the credited invoice line's cost in the proportion of the net it
// credits: credited − round(line cost × credited ÷ line net), rounded once per line.
core::Result<std::int64_t> CreditMargin(const SourceInvoice& inv, const SourceCreditNote& cn,
                                        const Component& c) {
  std::vector<cc::MarginLine> lines;
  for (const auto& credited : cn.lines) {
    auto it = std::find_if(inv.lines.begin(), inv.lines.end(),
                           [&](const SourceLine& l) { return l.id == credited.id; });
    if (it == inv.lines.end()) continue;
    SD_ASSIGN(const std::int64_t cost, CostOf(inv, *it, c));
    const std::int64_t share = it->net == 0 ? 0
                                            : static_cast<std::int64_t>(core::billing::RoundHalfUp(
                                                  __int128{cost} * credited.net, it->net));
    lines.push_back({credited.net, share});
  }
  return cc::MarginBase(lines);
}

std::int64_t MonthKey(core::Date d) {
  const auto c = d.Civil();
  return c.year * 100 + c.month;
}
bool Closed(const EarningInput& in, const SourceInvoice& i) {
  return in.closed_months.contains(MonthKey(i.date));
}
// The credit notes an invoice's commission reflects: for an open month's invoice, those dated by
// the statement's end (the recompute, C-R8); for a closed month's, those its own month's
// statement saw (dated by that month's end). Later ones claw back on their own (ClawbackLines).
core::Date CreditCutOff(const EarningInput& in, const SourceInvoice& i) {
  if (!Closed(in, i)) return in.last;
  const auto c = i.date.Civil();
  return *core::Date::FromCivil(c.year, c.month, core::DaysInMonth(c.year, c.month));
}

// A credit note's amount of the component's kind (net, or margin), in the invoice's currency.
core::Result<std::int64_t> CreditedBase(const SourceInvoice& inv, const SourceCreditNote& cn,
                                        const Component& c) {
  if (c.on_margin) return CreditMargin(inv, cn, c);
  return cn.net;
}

// The gross payments settle (C-R7): the invoice's total less its credit notes dated by `cut_off`.
std::int64_t CreditedGross(const SourceInvoice& inv, core::Date cut_off) {
  std::int64_t gross = inv.gross;
  for (const auto& cn : inv.credit_notes) {
    if (cn.date <= cut_off) gross -= cn.gross;
  }
  return gross;
}

// What was written off the invoice between the two dates (inclusive), in its currency.
std::int64_t WrittenOff(const SourceInvoice& inv, core::Date from, core::Date to) {
  std::int64_t w = 0;
  for (const auto& wo : inv.write_offs) {
    if (wo.date >= from && wo.date <= to) w += wo.amount;
  }
  return w;
}

// The cut-off of what an invoice's commission reflects for the component: on payment, the
// credit notes dated by `as_of` (an earning event's date; they lower C and the gross, C-R7); on
// invoice, as CreditCutOff.
core::Date CutOff(const EarningInput& in, const SourceInvoice& inv, const Component& c,
                  core::Date as_of) {
  return c.on_payment ? as_of : CreditCutOff(in, inv);
}

// The whole invoice's base for the component (net or margin), less its credit notes dated by
// the cut-off. On invoice, write-offs dated by it lower the base too, by the share of the
// credited-down gross they gave up, rounded once: base × (1 − W ÷ gross'). On payment they
// lower nothing: what was written off is simply never settled, so it never earns (C-R7).
core::Result<std::int64_t> WholeBase(const EarningInput& in, const SourceInvoice& inv,
                                     const Component& c, core::Date as_of) {
  std::int64_t base = inv.net;
  if (c.on_margin) {
    SD_ASSIGN(base, InvoiceMargin(inv, c));
  }
  const core::Date cut_off = CutOff(in, inv, c, as_of);
  for (const auto& cn : inv.credit_notes) {
    if (cn.date > cut_off) continue;
    SD_ASSIGN(const std::int64_t credited, CreditedBase(inv, cn, c));
    base -= credited;
  }
  if (c.on_payment) return base;
  const std::int64_t gross = CreditedGross(inv, cut_off);
  const std::int64_t written_off = std::min(WrittenOff(inv, inv.date, cut_off), gross);
  if (written_off > 0) {
    base -=
        static_cast<std::int64_t>(core::billing::RoundHalfUp(__int128{base} * written_off, gross));
  }
  return base;
}

// The rep's credited part of an amount of the invoice (C-R2: Allocate by the revenue shares,
// plus their overlay share of the whole on top).
core::Result<std::int64_t> Credited(const EarningInput& in, const SourceInvoice& inv,
                                    std::int64_t amount) {
  SD_ASSIGN(const std::int64_t revenue,
            core::billing::CreditedPart(amount, inv.owner_id, inv.shares, in.user));
  return revenue + core::billing::OverlayPart(amount, inv.overlays, in.user);
}

// Every invoice's commission for one component. Flat on net: round(rate × net) in the invoice's
// currency (C-R3). Tiered, and flat on margin: the invoices of each month (or quarter) in posting
// order on the cumulative base in the payout currency (the thresholds' currency; a foreign
// invoice's base is converted at its date's rate first, since currencies are never added). On
// margin the cumulative schedule is what nets loss-making invoices against the period and floors
// a negative period at 0 (C(x) = 0 for x ≤ 0, C-R6); a flat rate is its one-tier schedule.
// On payment, `as_of` is the date whose credit notes the commissions reflect (C as it stood at an
// earning event); on invoice it plays no part.
core::Result<std::map<std::int64_t, InvoiceCommission>> InvoiceCommissions(
    const EarningInput& in, const Component& c, const std::vector<const SourceInvoice*>& sorted,
    core::Date as_of) {
  std::map<std::int64_t, InvoiceCommission> out;
  if (c.structure == Structure::kFlat && !c.on_margin) {
    for (const auto* i : sorted) {
      SD_ASSIGN(const std::int64_t whole, WholeBase(in, *i, c, as_of));
      SD_ASSIGN(const std::int64_t base, Credited(in, *i, whole));
      out[i->id] = {cc::Flat(c.rate_ppm, base), 0, i->currency};
    }
    return out;
  }
  SD_ASSIGN(const cc::Schedule schedule, ScheduleOf(c, in.target));
  std::map<std::int64_t, std::vector<const SourceInvoice*>> groups;
  for (const auto* i : sorted) groups[PeriodKey(c.period, i->date)].push_back(i);
  for (const auto& [key, invoices] : groups) {
    std::vector<std::int64_t> bases;
    std::optional<Error>
        unknown;  // one unknown margin leaves the whole period's cumulative unknown
    for (const auto* i : invoices) {
      auto whole = WholeBase(in, *i, c, as_of);
      if (!whole.ok()) {
        if (!c.on_margin) return whole.error();
        if (!unknown) unknown = whole.error();
        bases.push_back(0);
        continue;
      }
      SD_ASSIGN(const std::int64_t amount, Credited(in, *i, *whole));
      SD_ASSIGN(const core::Rate rate, RateInto(in, i->currency, i->date));
      SD_ASSIGN(core::Currency from, core::ParseCurrency(i->currency));
      SD_ASSIGN(const std::int64_t base, cc::ToPayout(core::Money{amount, from}, rate, in.payout));
      bases.push_back(base);
    }
    const auto lines = cc::ByInvoice(schedule, 0, bases);
    for (std::size_t k = 0; k < invoices.size(); ++k) {
      out[invoices[k]->id] = {lines[k].commission, lines[k].uplift, in.payout.code(), unknown};
    }
  }
  return out;
}

// One earning event of an invoice drilled down to its lines (Allocate by line net), each line
// converted once into the payout currency at the earning date's rate.
core::Result<void> DrillDown(const EarningInput& in, const Component& c, const SourceInvoice& inv,
                             const InvoiceCommission& ic, std::int64_t amount, std::int64_t uplift,
                             core::Date on, std::optional<std::int64_t> payment_id,
                             std::vector<EarnedLine>& out) {
  std::vector<std::int64_t> weights;
  std::int64_t sum = 0;
  for (const auto& l : inv.lines) {
    weights.push_back(std::max<std::int64_t>(l.net, 0));
    sum += weights.back();
  }
  std::vector<std::int64_t> amounts{amount}, uplifts{uplift};
  if (sum > 0) {
    SD_ASSIGN(amounts, cc::DrillDown(amount, weights));
    SD_ASSIGN(uplifts, cc::DrillDown(uplift, weights));
  }
  SD_ASSIGN(const core::Rate rate, RateInto(in, ic.currency, on));
  SD_ASSIGN(core::Currency currency, core::ParseCurrency(ic.currency));
  for (std::size_t k = 0; k < amounts.size(); ++k) {
    EarnedLine line{.component = c.name,
                    .on_payment = payment_id.has_value(),
                    .earned_on = on,
                    .invoice_id = inv.id,
                    .payment_id = payment_id,
                    .base = sum > 0 ? inv.lines[k].net : inv.net,
                    .base_currency = inv.currency,
                    .amount = amounts[k],
                    .amount_currency = ic.currency,
                    .uplift = uplifts[k]};
    if (sum > 0) line.invoice_line_id = inv.lines[k].id;
    SD_ASSIGN(line.payout, cc::ToPayout(core::Money{amounts[k], currency}, rate, in.payout));
    out.push_back(std::move(line));
  }
  return core::Ok();
}

// C-R8 for a write-off against a closed month's invoice, dated in this statement's month:
// −round(C × written off ÷ gross'), gross' being what the closed commission C was on (the gross
// less the credit notes and write-offs that statement saw), on every invoice line by net,
// converted at the write-off's date. Never positive, never more than the invoice earned.
core::Result<void> WriteOffClawbacks(const EarningInput& in, const Component& c,
                                     const SourceInvoice& inv, const InvoiceCommission& ic,
                                     std::vector<EarnedLine>& out) {
  const core::Date cut_off = CreditCutOff(in, inv);
  const std::int64_t gross = CreditedGross(inv, cut_off) - WrittenOff(inv, inv.date, cut_off);
  for (const auto& wo : inv.write_offs) {
    if (wo.date < in.first || wo.date > in.last || wo.date <= cut_off) continue;
    if (ic.unknown) return *ic.unknown;
    std::int64_t amount = 0;
    if (gross > 0 && ic.amount > 0) {
      SD_ASSIGN(amount,
                cc::Clawback(ic.amount, gross, std::clamp<std::int64_t>(wo.amount, 0, gross)));
    }
    const std::size_t from = out.size();
    SD_TRY(DrillDown(in, c, inv, ic, amount, 0, wo.date, std::nullopt, out));
    for (std::size_t k = from; k < out.size(); ++k) {
      out[k].clawback = true;
      out[k].write_off = true;
      out[k].source = "write-off " + std::to_string(wo.id);
    }
  }
  return core::Ok();
}

// C-R8, the invoice's month closed: each credit note dated in this statement's month gives
// −round(C × credited ÷ base) at the invoice's own effective rate (base and credited of the
// component's kind, the whole document's: the rep's share keeps the same rate), drilled down to
// the credited invoice lines by their credited net and converted at the credit note's date.
core::Result<void> ClawbackLines(const EarningInput& in, const Component& c,
                                 const std::vector<const SourceInvoice*>& sorted,
                                 const std::map<std::int64_t, InvoiceCommission>& commissions,
                                 std::vector<EarnedLine>& out) {
  for (const auto* i : sorted) {
    if (!Closed(in, *i)) continue;
    for (const auto& cn : i->credit_notes) {
      if (cn.date < in.first || cn.date > in.last) continue;
      const auto& ic = commissions.at(i->id);
      if (ic.unknown) return *ic.unknown;
      SD_ASSIGN(const std::int64_t base, WholeBase(in, *i, c, in.last));
      SD_ASSIGN(std::int64_t credited, CreditedBase(*i, cn, c));
      // A credit note always claws back, never pays (a credited loss-making line gives 0), and
      // never more than the invoice earned.
      credited = std::clamp<std::int64_t>(credited, 0, std::max<std::int64_t>(base, 0));
      std::int64_t amount = 0;
      if (base > 0) {
        SD_ASSIGN(amount, cc::Clawback(ic.amount, base, credited));
      }
      SourceInvoice as_credited = *i;
      as_credited.lines = cn.lines;
      const std::size_t from = out.size();
      SD_TRY(DrillDown(in, c, as_credited, ic, amount, 0, cn.date, std::nullopt, out));
      for (std::size_t k = from; k < out.size(); ++k) {
        out[k].clawback = true;
        out[k].source = cn.number;
      }
    }
    SD_TRY(WriteOffClawbacks(in, c, *i, commissions.at(i->id), out));
  }
  return core::Ok();
}

// C-R7 with C-R8 on payment. An invoice's earning events are its payments and its credit notes in
// date order (a note after a payment of the same day). After each, earned to date =
// round(C_t × settled ÷ gross_t), C_t and gross_t reflecting the notes dated by then; a payment
// earns the increase, a credit note takes back the decrease in its own month whatever the state
// of earlier months (so a note on an invoice paid in a closed month claws back
// −round(C × credited ÷ invoice) there), never paying (its line is ≤ 0; what it would have given
// comes with the next payment). Events dated in the statement's month are its lines; earlier
// ones were earlier statements', so the months add up to the invoice's C'.
core::Result<void> PaymentLines(const EarningInput& in, const Component& c,
                                const std::vector<const SourceInvoice*>& sorted,
                                const std::vector<const SourcePayment*>& payments,
                                std::vector<EarnedLine>& out) {
  // C_t changes only on a credit note's date (any of the rep's invoices: a tier schedule shares
  // the period), so the commissions are computed once per such date.
  std::set<core::Date> note_dates;
  for (const auto* i : sorted) {
    for (const auto& cn : i->credit_notes) {
      if (cn.date <= in.last) note_dates.insert(cn.date);
    }
  }
  std::map<core::Date, std::map<std::int64_t, InvoiceCommission>> by_cut_off;
  auto commission_at = [&](const SourceInvoice& inv,
                           core::Date on) -> core::Result<InvoiceCommission> {
    auto it = note_dates.upper_bound(on);
    const core::Date key = it == note_dates.begin()
                               ? *core::Date::FromDaysSinceEpoch(core::Date::kMinDays)
                               : *std::prev(it);
    if (!by_cut_off.contains(key)) {
      SD_ASSIGN(auto commissions, InvoiceCommissions(in, c, sorted, key));
      by_cut_off.emplace(key, std::move(commissions));
    }
    return by_cut_off.at(key).at(inv.id);
  };
  struct Event {
    core::Date on;
    const SourcePayment* payment = nullptr;
    const SourceCreditNote* note = nullptr;
  };
  std::map<std::int64_t, std::vector<Event>> events;
  for (const auto* p : payments) {
    if (p->applied > 0) events[p->invoice_id].push_back({p->paid_on, p, nullptr});
  }
  for (const auto* i : sorted) {
    if (!events.contains(i->id)) continue;  // nothing settled: a note takes nothing back
    for (const auto& cn : i->credit_notes) {
      if (cn.date <= in.last) events[i->id].push_back({cn.date, nullptr, &cn});
    }
  }
  std::map<std::int64_t, const SourceInvoice*> by_id;
  for (const auto* i : sorted) by_id[i->id] = i;
  for (auto& [invoice_id, list] : events) {
    auto found = by_id.find(invoice_id);
    if (found == by_id.end()) continue;
    const SourceInvoice& inv = *found->second;
    // By date, a day's payments before its notes (payments keep their order).
    std::stable_sort(list.begin(), list.end(), [](const Event& a, const Event& b) {
      return std::pair(a.on, a.note != nullptr) < std::pair(b.on, b.note != nullptr);
    });
    std::int64_t settled = 0, earned = 0;
    for (const Event& e : list) {
      SD_ASSIGN(const InvoiceCommission ic, commission_at(inv, e.on));
      const bool in_month = e.on >= in.first && e.on <= in.last;
      if (ic.unknown && in_month) return *ic.unknown;
      if (e.payment) settled += e.payment->applied;
      std::int64_t amount = cc::EarnedToDate(ic.amount, settled, CreditedGross(inv, e.on)) - earned;
      if (e.note) amount = std::min<std::int64_t>(amount, 0);
      earned += amount;
      if (!in_month || (e.note && amount == 0)) continue;
      if (e.payment) {
        // The slab's uplift marked in the same proportion (truncated: a marker inside `amount`,
        // never paid on its own).
        const std::int64_t uplift = ic.amount == 0 ? 0 : amount * ic.uplift / ic.amount;
        SD_TRY(DrillDown(in, c, inv, ic, amount, uplift, e.on, e.payment->id, out));
        continue;
      }
      SourceInvoice as_credited = inv;
      as_credited.lines = e.note->lines;
      const std::size_t from = out.size();
      SD_TRY(DrillDown(in, c, as_credited, ic, amount, 0, e.on, std::nullopt, out));
      for (std::size_t k = from; k < out.size(); ++k) {
        out[k].on_payment = true;
        out[k].clawback = true;
        out[k].source = e.note->number;
      }
    }
  }
  return core::Ok();
}

}  // namespace

core::Result<std::vector<EarnedLine>> EarnLines(const EarningInput& in) {
  std::vector<const SourceInvoice*> sorted;
  for (const auto& i : in.invoices) sorted.push_back(&i);
  std::sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) {
    return std::tie(a->date, a->number, a->id) < std::tie(b->date, b->number, b->id);
  });
  std::vector<const SourcePayment*> payments;
  for (const auto& p : in.payments) payments.push_back(&p);
  std::sort(payments.begin(), payments.end(), [](const auto* a, const auto* b) {
    return std::tie(a->paid_on, a->id) < std::tie(b->paid_on, b->id);
  });

  std::vector<EarnedLine> out;
  for (const Component& c : in.components) {
    if (!c.on_payment) {
      SD_ASSIGN(const auto commissions, InvoiceCommissions(in, c, sorted, in.last));
      for (const auto* i : sorted) {
        if (i->date < in.first || i->date > in.last) continue;
        const auto& ic = commissions.at(i->id);
        if (ic.unknown) return *ic.unknown;
        SD_TRY(DrillDown(in, c, *i, ic, ic.amount, ic.uplift, i->date, std::nullopt, out));
      }
      SD_TRY(ClawbackLines(in, c, sorted, commissions, out));
      continue;
    }
    SD_TRY(PaymentLines(in, c, sorted, payments, out));
  }
  return out;
}

}  // namespace salesdesk::modules::commissions
