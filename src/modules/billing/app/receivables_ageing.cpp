#include "modules/billing/app/receivables_ageing.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>

#include "app/access/access_policy.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "app/records/visible_reads.h"
#include "core/money/currency.h"
#include "modules/billing/app/billing_records.h"
#include "modules/billing/app/credit_splits.h"
#include "modules/billing/app/invoice_replay.h"
#include "modules/billing/app/invoice_settled_on.h"
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
  // Only invoices still open at the as-of date: never settled, or settled after it (the
  // maintained `settled_on`, invoice_settled_on.h). One settled by then adds nothing to any
  // column, and most of a long history is; null is always read, so a missing value only costs.
  std::vector<Record> invoices;
  for (const app::Filter& settled : OpenAt(as_of)) {
    SD_ASSIGN(auto open, app::ReadAllVisible(
                             *uow, Spec("invoices"),
                             of_account({{"status", app::FilterOp::kEq, {std::string("posted")}},
                                         {"invoice_date", app::FilterOp::kLe, {as_of.ToString()}},
                                         settled}),
                             visibility));
    std::move(open.begin(), open.end(), std::back_inserter(invoices));
  }
  // Per (group, account): the group key of an invoice is its account or its owner.
  auto key_of = [group](const Record& r) -> std::int64_t {
    if (group == AgeingGroup::kAccount) return app::IntOf(r, "account_id").value_or(0);
    if (group == AgeingGroup::kOwner) return app::IntOf(r, "owner_id").value_or(0);
    if (group == AgeingGroup::kInvoice) return app::RecordId(r);
    return 0;
  };
  SD_ASSIGN(auto replayed, ReadForReplay(*uow, rates, invoices, as_of, ReplayRates::kWith));
  std::map<std::pair<std::int64_t, std::int64_t>, Customer> customers;
  for (std::size_t k = 0; k < invoices.size(); ++k) {
    const Record& inv = invoices[k];
    Customer& c = customers[{key_of(inv), app::IntOf(inv, "account_id").value_or(0)}];
    const std::size_t index = c.invoices.size();
    c.invoices.push_back(std::move(replayed[k].invoice));
    for (auto& s : replayed[k].settlements) {
      s.invoice = index;
      c.settlements.push_back(s);
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
  // Only the invoices the figures use: those dated in the window (the credit sales) and those
  // the ageing found open (the receivables; already within the caller's visibility).
  SD_ASSIGN(auto issued,
            app::ReadAllVisible(*uow, Spec("invoices"),
                                {{"status", app::FilterOp::kEq, {std::string("posted")}},
                                 {"invoice_date", app::FilterOp::kGt, {from.ToString()}},
                                 {"invoice_date", app::FilterOp::kLe, {as_of.ToString()}}},
                                visibility));
  {
    std::set<std::int64_t> have;
    for (const auto& inv : issued) have.insert(app::RecordId(inv));
    std::vector<app::FieldValue> open;
    for (const auto& line : ageing.lines) {
      const std::int64_t id = line.group_id.value_or(0);
      if (id > 0 && have.insert(id).second) open.emplace_back(id);
    }
    constexpr std::size_t kChunk = 500;
    for (std::size_t k = 0; k < open.size(); k += kChunk) {
      std::vector<app::FieldValue> chunk(open.begin() + k,
                                         open.begin() + std::min(open.size(), k + kChunk));
      SD_ASSIGN(auto rows,
                app::ReadAll(*uow, Spec("invoices"), {{"id", app::FilterOp::kIn, chunk}}));
      std::move(rows.begin(), rows.end(), std::back_inserter(issued));
    }
  }
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
