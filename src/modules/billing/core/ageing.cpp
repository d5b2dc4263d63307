#include "modules/billing/core/ageing.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <string>

#include "modules/billing/core/application.h"
#include "modules/billing/core/fx.h"

namespace salesdesk::core::billing {
namespace {

struct InvoiceState {
  std::vector<OpenItem> items;
  std::int64_t outstanding = 0;
  std::int64_t carrying = 0;
};

Result<void> CheckEdges(const AgeingEdges& edges) {
  for (std::size_t i = 0; i < edges.upper.size(); ++i) {
    if (edges.upper[i] < 0 || (i > 0 && edges.upper[i] <= edges.upper[i - 1])) {
      return Error::Invalid("edges", Msg("billing.ageing_edges"));
    }
  }
  return Ok();
}

}  // namespace

int BucketOf(std::int64_t days_past_due, const AgeingEdges& edges) {
  if (days_past_due < 0) return -1;
  for (std::size_t i = 0; i < edges.upper.size(); ++i) {
    if (days_past_due <= edges.upper[i]) return static_cast<int>(i);
  }
  return static_cast<int>(edges.upper.size());
}

Result<std::vector<AgeingRow>> AgeAt(Date as_of, Currency base,
                                     std::span<const AgedInvoice> invoices,
                                     std::span<const AgedSettlement> settlements,
                                     const AgeingEdges& edges, const RatesAt& rates_at) {
  SD_TRY(CheckEdges(edges));
  std::vector<InvoiceState> state(invoices.size());
  for (std::size_t i = 0; i < invoices.size(); ++i) {
    const AgedInvoice& inv = invoices[i];
    if (inv.posted > as_of) continue;
    for (const PlannedInstalment& p : inv.instalments) {
      state[i].items.push_back(OpenItem{p.due, p.amount, 0, 0});
      state[i].outstanding += p.amount;
    }
    SD_ASSIGN(state[i].carrying,
              InvoiceBase(Money{state[i].outstanding, inv.currency}, inv.rate, base));
  }
  std::map<std::string, AgeingRow> rows;
  auto row = [&](Currency c) -> AgeingRow& {
    auto it = rows.find(c.code());
    if (it == rows.end()) {
      AgeingRow r{c};
      r.buckets.resize(edges.upper.size() + 1);
      it = rows.emplace(c.code(), std::move(r)).first;
    }
    return it->second;
  };
  // Replay in date order (then as given), so a later-dated settlement never changes what an
  // earlier one took.
  std::vector<std::size_t> order(settlements.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return settlements[a].posted < settlements[b].posted;
  });
  for (std::size_t k : order) {
    const AgedSettlement& s = settlements[k];
    if (s.posted > as_of) continue;
    std::int64_t left = s.amount;
    if (s.invoice && *s.invoice < invoices.size() && invoices[*s.invoice].posted <= as_of) {
      const AgedInvoice& inv = invoices[*s.invoice];
      InvoiceState& st = state[*s.invoice];
      if (!(s.currency == inv.currency)) {
        const std::string field = "settlements/" + std::to_string(k) + "/currency";
        return Error::Invalid(
            field, Msg("billing.settlement_currency", {{"currency", inv.currency.code()}}));
      }
      const Application a = s.kind == SettlementKind::kCreditNote ? ApplyCreditNote(left, st.items)
                                                                  : ApplyPayment(left, st.items);
      const std::int64_t applied = left - a.unapplied;
      if (applied > 0) {
        SD_ASSIGN(std::int64_t relieved,
                  RelievedBase(applied, st.outstanding, st.carrying, inv.currency, inv.rate, base));
        st.carrying -= relieved;
        st.outstanding -= applied;
        for (const Applied& x : a.applied) st.items[x.item].principal -= x.amount;
      }
      left = a.unapplied;
    }
    if (left > 0) {
      AgeingRow& r = row(s.currency);
      r.unapplied -= left;
      SD_ASSIGN(std::int64_t left_base, InvoiceBase(Money{left, s.currency}, s.rate, base));
      r.unapplied_base -= left_base;
    }
  }
  for (std::size_t i = 0; i < invoices.size(); ++i) {
    if (invoices[i].posted > as_of || state[i].outstanding == 0) continue;
    AgeingRow& r = row(invoices[i].currency);
    for (const OpenItem& item : state[i].items) {
      if (item.principal == 0) continue;
      const int b = BucketOf(DaysBetween(item.due, as_of), edges);
      (b < 0 ? r.not_due : r.buckets[static_cast<std::size_t>(b)]) += item.principal;
      r.open += item.principal;
    }
    r.carrying_base += state[i].carrying;
  }
  std::vector<AgeingRow> out;
  for (auto& [code, r] : rows) {
    if (auto rate = rates_at.find(code); rate != rates_at.end()) {
      SD_ASSIGN(const std::int64_t revalued,
                InvoiceBase(Money{r.open, r.currency}, rate->second, base));
      r.revalued_base = revalued;
      r.unrealised = revalued - r.carrying_base;
    }
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace salesdesk::core::billing
