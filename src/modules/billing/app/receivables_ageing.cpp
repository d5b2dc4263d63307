#include "modules/billing/app/receivables_ageing.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "app/access/access_policy.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "app/records/visible_reads.h"
#include "core/money/currency.h"
#include "modules/billing/app/billing_records.h"
#include "modules/billing/app/credit_splits.h"
#include "modules/billing/app/payment_replay.h"
#include "modules/billing/core/dso.h"
#include "modules/billing/core/fx.h"

namespace salesdesk::modules::billing {
namespace {

using app::Record;
namespace cb = core::billing;

// One customer's documents for the core ageing.
struct Customer {
  std::vector<cb::AgedInvoice> invoices;
  std::map<std::int64_t, std::size_t> index;  // invoice id → position
  std::vector<cb::AgedSettlement> settlements;
};

// E-R7: an amount of a document credited to its reps: to the owner, or split between the reps
// of its credit split by Allocate.
core::Result<void> Credit(std::map<std::int64_t, std::int64_t>& to, std::int64_t amount,
                          std::int64_t owner, const Shares& shares) {
  if (shares.empty()) {
    to[owner] += amount;
    return core::Ok();
  }
  std::vector<core::Weight> weights;
  for (const auto& s : shares) weights.push_back({s.share_bp, 1});
  SD_ASSIGN(auto parts, core::Allocate(amount, weights, "credit_splits"));
  for (std::size_t i = 0; i < shares.size(); ++i) to[shares[i].user_id] += parts[i];
  return core::Ok();
}

// E-R7: credit notes dated in the window (after `from`, up to `to`) lower their owner's credit
// sales by their total at the invoice's rate; by owner, as far as the caller sees them.
core::Result<std::map<std::int64_t, std::int64_t>> CreditedSales(app::UnitOfWork& uow,
                                                                 const app::Caller& caller,
                                                                 core::Date from, core::Date to) {
  SD_ASSIGN(auto visibility, app::VisibilityFor(uow, caller, Spec("credit-notes")));
  SD_ASSIGN(auto notes,
            app::ReadAllVisible(uow, Spec("credit-notes"),
                                {{"status", app::FilterOp::kEq, {std::string("posted")}},
                                 {"credit_date", app::FilterOp::kGt, {from.ToString()}},
                                 {"credit_date", app::FilterOp::kLe, {to.ToString()}}},
                                visibility));
  std::map<std::int64_t, std::int64_t> out;
  if (notes.empty()) return out;
  std::vector<app::FieldValue> ids;
  for (const auto& n : notes) ids.emplace_back(*app::IntOf(n, "invoice_id"));
  SD_ASSIGN(auto invoices,
            app::ReadAll(uow, Spec("invoices"), {{"id", app::FilterOp::kIn, std::move(ids)}}));
  std::map<std::int64_t, core::Rate> rate_of;
  for (const auto& i : invoices) {
    rate_of[app::RecordId(i)] = core::Rate::FromUnits(app::IntOf(i, "rate").value_or(0));
  }
  SD_ASSIGN(auto rates, app::sales::LoadExchangeRates(uow));
  SD_ASSIGN(core::Currency base, core::ParseCurrency(rates.base_currency));
  std::vector<std::int64_t> invoice_ids;
  for (const auto& i : invoices) invoice_ids.push_back(app::RecordId(i));
  SD_ASSIGN(auto shares, InvoiceShares(uow, invoice_ids));
  for (const auto& n : notes) {
    const auto total = *app::MoneyOf(n, "total");
    SD_ASSIGN(core::Currency currency, core::ParseCurrency(total.currency));
    const std::int64_t invoice = *app::IntOf(n, "invoice_id");
    SD_ASSIGN(std::int64_t b,
              cb::InvoiceBase(core::Money{total.minor, currency}, rate_of[invoice], base));
    SD_TRY(Credit(out, b, app::IntOf(n, "owner_id").value_or(0), shares[invoice]));
  }
  return out;
}

}  // namespace

core::Result<AgeingReport> AgeReceivables(app::Store& store, const app::Caller& caller,
                                          core::Date as_of, AgeingGroup group,
                                          std::optional<std::int64_t> account_id) {
  // One customer's: the same reads, narrowed by the indexed account_id.
  auto of_account = [&account_id](std::vector<app::Filter> filters) {
    if (account_id) filters.push_back({"account_id", app::FilterOp::kEq, {*account_id}});
    return filters;
  };
  SD_ASSIGN(auto uow, store.Read());
  SD_ASSIGN(auto visibility, app::VisibilityFor(*uow, caller, Spec("invoices")));
  SD_ASSIGN(auto rates, app::sales::LoadExchangeRates(*uow));
  SD_ASSIGN(core::Currency base, core::ParseCurrency(rates.base_currency));
  SD_ASSIGN(
      auto invoices,
      app::ReadAllVisible(*uow, Spec("invoices"),
                          of_account({{"status", app::FilterOp::kEq, {std::string("posted")}},
                                      {"invoice_date", app::FilterOp::kLe, {as_of.ToString()}}}),
                          visibility));
  // Per (group, account): the group key of an invoice is its account or its owner.
  auto key_of = [group](const Record& r) -> std::int64_t {
    if (group == AgeingGroup::kAccount) return app::IntOf(r, "account_id").value_or(0);
    if (group == AgeingGroup::kOwner) return app::IntOf(r, "owner_id").value_or(0);
    if (group == AgeingGroup::kInvoice) return app::RecordId(r);
    return 0;
  };
  std::map<std::pair<std::int64_t, std::int64_t>, Customer> customers;
  std::map<std::int64_t, std::pair<std::int64_t, std::int64_t>> where;  // invoice → customer
  std::vector<app::FieldValue> ids;
  for (const auto& inv : invoices) {
    const std::int64_t id = app::RecordId(inv);
    const auto key = std::make_pair(key_of(inv), app::IntOf(inv, "account_id").value_or(0));
    Customer& c = customers[key];
    SD_ASSIGN(core::Currency currency, core::ParseCurrency(app::TextOf(inv, "currency")));
    SD_ASSIGN(core::Date posted, core::ParseDate(app::TextOf(inv, "invoice_date")));
    c.index[id] = c.invoices.size();
    c.invoices.push_back(
        {currency, posted, core::Rate::FromUnits(app::IntOf(inv, "rate").value_or(0)), {}});
    where[id] = key;
    ids.emplace_back(id);
  }
  // Instalments and payments of the visible invoices (their visibility is the invoice's).
  constexpr std::size_t kChunk = 500;
  for (std::size_t from = 0; from < ids.size(); from += kChunk) {
    std::vector<app::FieldValue> chunk(ids.begin() + from,
                                       ids.begin() + std::min(ids.size(), from + kChunk));
    SD_ASSIGN(auto instalments, app::ReadAll(*uow, Spec("invoice-instalments"),
                                             {{"invoice_id", app::FilterOp::kIn, chunk}}));
    std::sort(instalments.begin(), instalments.end(), [](const Record& a, const Record& b) {
      return std::make_pair(app::IntOf(a, "invoice_id"), app::IntOf(a, "position")) <
             std::make_pair(app::IntOf(b, "invoice_id"), app::IntOf(b, "position"));
    });
    for (const auto& i : instalments) {
      const std::int64_t invoice_id = *app::IntOf(i, "invoice_id");
      Customer& c = customers[where[invoice_id]];
      SD_ASSIGN(core::Date due, core::ParseDate(app::TextOf(i, "due_on")));
      c.invoices[c.index[invoice_id]].instalments.push_back(
          {due, app::MoneyOf(i, "amount")->minor});
    }
    SD_ASSIGN(auto paid, app::ReadAll(*uow, Spec("payments"),
                                      {{"invoice_id", app::FilterOp::kIn, chunk},
                                       {"paid_on", app::FilterOp::kLe, {as_of.ToString()}}}));
    // Less what of each was applied later elsewhere; that principal comes in on its invoices.
    std::vector<app::FieldValue> paid_ids;
    for (const auto& p : paid) paid_ids.emplace_back(app::RecordId(p));
    SD_ASSIGN(auto later, AppliedLater(*uow, paid_ids));
    for (const auto& p : paid) {
      const std::int64_t invoice_id = *app::IntOf(p, "invoice_id");
      Customer& c = customers[where[invoice_id]];
      const auto settled = *app::MoneyOf(p, "settled");
      SD_ASSIGN(core::Currency currency, core::ParseCurrency(settled.currency));
      SD_ASSIGN(core::Date on, core::ParseDate(app::TextOf(p, "paid_on")));
      SD_ASSIGN(core::Rate rate, RateToBase(rates, settled.currency, on, "as_of"));
      c.settlements.push_back({cb::SettlementKind::kPayment, on, currency,
                               settled.minor - later[app::RecordId(p)], c.index[invoice_id], rate});
    }
    SD_ASSIGN(auto applied_later, LaterPrincipalOf(*uow, chunk));
    for (const auto& l : applied_later) {
      if (l.paid_on > as_of) continue;
      Customer& c = customers[where[l.invoice_id]];
      SD_ASSIGN(core::Currency currency, core::ParseCurrency(l.currency));
      SD_ASSIGN(core::Rate rate, RateToBase(rates, l.currency, l.paid_on, "as_of"));
      c.settlements.push_back({cb::SettlementKind::kPayment, l.paid_on, currency, l.amount,
                               c.index[l.invoice_id], rate});
    }
    // Posted credit notes, and write-offs (decision 0056), reduce principal only, at the
    // invoice's rate (E-R2, E-R6). A write-off is not a credit sale: the DSO keeps the sale.
    SD_ASSIGN(auto credited,
              app::ReadAll(*uow, Spec("credit-notes"),
                           {{"invoice_id", app::FilterOp::kIn, chunk},
                            {"status", app::FilterOp::kEq, {std::string("posted")}},
                            {"credit_date", app::FilterOp::kLe, {as_of.ToString()}}}));
    SD_ASSIGN(auto written_off,
              app::ReadAll(*uow, Spec("invoice-write-offs"),
                           {{"invoice_id", app::FilterOp::kIn, chunk},
                            {"written_off_on", app::FilterOp::kLe, {as_of.ToString()}}}));
    for (const auto& [documents, dated, amount] :
         {std::tuple{&credited, "credit_date", "total"},
          std::tuple{&written_off, "written_off_on", "amount"}}) {
      for (const auto& n : *documents) {
        const std::int64_t invoice_id = *app::IntOf(n, "invoice_id");
        Customer& c = customers[where[invoice_id]];
        const std::size_t index = c.index[invoice_id];
        SD_ASSIGN(core::Date on, core::ParseDate(app::TextOf(n, dated)));
        c.settlements.push_back({cb::SettlementKind::kCreditNote, on, c.invoices[index].currency,
                                 app::MoneyOf(n, amount)->minor, index, c.invoices[index].rate});
      }
    }
  }
  // Payments on no invoice: the customer's unapplied credit, as far as the caller sees payments.
  SD_ASSIGN(auto payment_visibility, app::VisibilityFor(*uow, caller, Spec("payments")));
  SD_ASSIGN(auto loose,
            app::ReadAllVisible(*uow, Spec("payments"),
                                of_account({{"invoice_id", app::FilterOp::kIsNull, {}},
                                            {"paid_on", app::FilterOp::kLe, {as_of.ToString()}}}),
                                payment_visibility));
  std::vector<app::FieldValue> loose_ids;
  for (const auto& p : loose) loose_ids.emplace_back(app::RecordId(p));
  SD_ASSIGN(auto loose_later, AppliedLater(*uow, loose_ids));
  for (const auto& p : loose) {
    auto amount = *app::MoneyOf(p, "amount");
    amount.minor -= loose_later[app::RecordId(p)];
    if (amount.minor <= 0) continue;
    SD_ASSIGN(core::Currency currency, core::ParseCurrency(amount.currency));
    SD_ASSIGN(core::Date on, core::ParseDate(app::TextOf(p, "paid_on")));
    SD_ASSIGN(core::Rate rate, RateToBase(rates, amount.currency, on, "as_of"));
    const std::int64_t account = app::IntOf(p, "account_id").value_or(0);
    // kInvoice: a customer's loose credit is its own line, keyed by the account negated.
    const std::int64_t key = group == AgeingGroup::kAccount ? account
                             : group == AgeingGroup::kOwner ? app::IntOf(p, "owner_id").value_or(0)
                             : group == AgeingGroup::kInvoice ? -account
                                                              : 0;
    customers[{key, account}].settlements.push_back(
        {cb::SettlementKind::kPayment, on, currency, amount.minor, std::nullopt, rate});
  }
  // Age each customer, then add the rows of a group and currency (one currency at a time).
  std::map<std::pair<std::int64_t, std::string>, cb::AgeingRow> sums;
  for (const auto& [key, c] : customers) {
    SD_ASSIGN(auto rows, cb::AgeAt(as_of, base, c.invoices, c.settlements));
    for (const auto& r : rows) {
      auto [it, fresh] = sums.try_emplace({key.first, r.currency.code()}, r);
      if (fresh) continue;
      cb::AgeingRow& s = it->second;
      s.not_due += r.not_due;
      for (std::size_t b = 0; b < r.buckets.size(); ++b) s.buckets[b] += r.buckets[b];
      s.open += r.open;
      s.unapplied += r.unapplied;
      s.carrying_base += r.carrying_base;
      s.unapplied_base += r.unapplied_base;
    }
  }
  AgeingReport out{rates.base_currency, {}};
  for (auto& [key, row] : sums) {
    out.lines.push_back(
        {group == AgeingGroup::kNone ? std::nullopt : std::optional<std::int64_t>(key.first),
         std::move(row)});
  }
  return out;
}

core::Result<DsoReport> DsoByRep(app::Store& store, const app::Caller& caller, core::Date as_of,
                                 int days) {
  // Per invoice, so that a split invoice's open base goes to its reps: gross and paid base are
  // each split by Allocate and the open share is their difference (E-R7, SplitCredit).
  SD_ASSIGN(AgeingReport ageing, AgeReceivables(store, caller, as_of, AgeingGroup::kInvoice));
  SD_ASSIGN(core::Date from, as_of.AddDays(-days));
  SD_ASSIGN(auto uow, store.Read());
  SD_ASSIGN(auto visibility, app::VisibilityFor(*uow, caller, Spec("invoices")));
  SD_ASSIGN(auto issued,
            app::ReadAllVisible(*uow, Spec("invoices"),
                                {{"status", app::FilterOp::kEq, {std::string("posted")}},
                                 {"invoice_date", app::FilterOp::kLe, {as_of.ToString()}}},
                                visibility));
  std::map<std::int64_t, const Record*> by_id;
  std::vector<std::int64_t> ids;
  for (const auto& inv : issued) {
    by_id[app::RecordId(inv)] = &inv;
    ids.push_back(app::RecordId(inv));
  }
  SD_ASSIGN(auto shares, InvoiceShares(*uow, ids));
  std::map<std::int64_t, std::int64_t> receivables, sales;
  for (const auto& line : ageing.lines) {
    auto it = by_id.find(line.group_id.value_or(0));
    if (it == by_id.end()) continue;
    const Record& inv = *it->second;
    const std::int64_t owner = app::IntOf(inv, "owner_id").value_or(0);
    const Shares& split = shares[it->first];
    const auto b0 = app::MoneyOf(inv, "base_total");
    if (split.empty() || !b0) {
      receivables[owner] += line.row.carrying_base;
      continue;
    }
    std::vector<core::Weight> weights;
    for (const auto& s : split) weights.push_back({s.share_bp, 1});
    SD_ASSIGN(auto parts, cb::SplitCredit(b0->minor, b0->minor - line.row.carrying_base, weights));
    for (std::size_t i = 0; i < split.size(); ++i) receivables[split[i].user_id] += parts.open[i];
  }
  for (const auto& inv : issued) {
    SD_ASSIGN(core::Date dated, core::ParseDate(app::TextOf(inv, "invoice_date")));
    if (!cb::InDsoWindow(dated, as_of, days)) continue;
    if (auto b0 = app::MoneyOf(inv, "base_total")) {
      SD_TRY(Credit(sales, b0->minor, app::IntOf(inv, "owner_id").value_or(0),
                    shares[app::RecordId(inv)]));
    }
  }
  SD_ASSIGN(auto credited, CreditedSales(*uow, caller, from, as_of));
  std::map<std::int64_t, cb::DsoFigures> reps;
  for (const auto& [rep, ar] : receivables) reps[rep].receivables += ar;
  for (const auto& [rep, base] : sales) reps[rep].credit_sales += base;
  for (const auto& [rep, base] : credited) reps[rep].credit_sales -= base;
  DsoReport out{ageing.base_currency, {}, {}};
  std::vector<cb::DsoFigures> all;
  for (const auto& [owner, figures] : reps) {
    out.reps.push_back({owner, figures, cb::DsoTenths(figures, days)});
    all.push_back(figures);
    out.total.figures.receivables += figures.receivables;
    out.total.figures.credit_sales += figures.credit_sales;
  }
  out.total.tenths = cb::GroupDsoTenths(all, days);
  return out;
}

}  // namespace salesdesk::modules::billing
