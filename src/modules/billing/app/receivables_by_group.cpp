#include "modules/billing/app/receivables_by_group.h"

#include <map>

#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "core/money/allocate.h"
#include "modules/billing/app/billing_records.h"
#include "modules/billing/app/credit_splits.h"

namespace salesdesk::modules::billing {
namespace {

using app::Record;
namespace cb = core::billing;

// Who a line goes to: (group key, weight) pairs; one pair takes it whole.
using Targets = std::vector<std::pair<std::int64_t, std::int64_t>>;

core::Result<std::int64_t> Part(std::int64_t amount, const Targets& to, std::size_t i) {
  if (to.size() == 1) return amount;
  std::vector<core::Weight> weights;
  for (const auto& t : to) weights.push_back({t.second, 1});
  SD_ASSIGN(auto parts, core::Allocate(amount, weights, "credit_splits"));
  return parts[i];
}

core::Result<std::map<std::int64_t, Record>> ById(app::UnitOfWork& uow, std::string_view plural,
                                                  std::vector<app::FieldValue> ids) {
  std::map<std::int64_t, Record> out;
  if (ids.empty()) return out;
  SD_ASSIGN(auto rows,
            app::ReadAll(uow, Spec(plural), {{"id", app::FilterOp::kIn, std::move(ids)}}));
  for (auto& r : rows) out[app::RecordId(r)] = std::move(r);
  return out;
}

}  // namespace

core::Result<AgeingReport> AgeReceivablesBy(app::Store& store, const app::Caller& caller,
                                            core::Date as_of, PeopleGroup group) {
  SD_ASSIGN(AgeingReport by_invoice, AgeReceivables(store, caller, as_of, AgeingGroup::kInvoice));
  SD_ASSIGN(auto uow, store.Read());
  std::vector<app::FieldValue> invoice_ids, account_ids;
  std::vector<std::int64_t> invoice_list;
  for (const auto& line : by_invoice.lines) {
    const std::int64_t key = line.group_id.value_or(0);
    if (key > 0) {
      invoice_ids.emplace_back(key);
      invoice_list.push_back(key);
    } else if (key < 0) {
      account_ids.emplace_back(-key);
    }
  }
  // The invoices and accounts behind the lines (the caller saw them in the ageing already).
  SD_ASSIGN(auto invoices, ById(*uow, "invoices", invoice_ids));
  for (const auto& [id, inv] : invoices) account_ids.emplace_back(*app::IntOf(inv, "account_id"));
  SD_ASSIGN(auto accounts, ById(*uow, "accounts", account_ids));
  SD_ASSIGN(auto shares, InvoiceShares(*uow, invoice_list));
  std::map<std::int64_t, std::int64_t> team_of;
  if (group == PeopleGroup::kTeam) {
    SD_ASSIGN(auto users, app::ReadAll(*uow, Spec("users")));
    for (const auto& u : users) team_of[app::RecordId(u)] = app::IntOf(u, "team_id").value_or(0);
  }
  auto targets_of = [&](std::int64_t key) -> Targets {
    const bool loose = key < 0;
    const Record* inv = loose ? nullptr : &invoices[key];
    const std::int64_t account = loose ? -key : app::IntOf(*inv, "account_id").value_or(0);
    const Record& acc = accounts[account];
    if (group == PeopleGroup::kTerritory) return {{app::IntOf(acc, "territory_id").value_or(0), 1}};
    Targets reps;
    if (loose) {
      reps = {{app::IntOf(acc, "owner_id").value_or(0), 1}};
    } else if (const Shares& split = shares[key]; !split.empty()) {
      for (const auto& s : split) reps.push_back({s.user_id, s.share_bp});
    } else {
      reps = {{app::IntOf(*inv, "owner_id").value_or(0), 1}};
    }
    if (group == PeopleGroup::kTeam) {
      for (auto& r : reps) r.first = team_of[r.first];
    }
    return reps;
  };
  std::map<std::pair<std::int64_t, std::string>, cb::AgeingRow> sums;
  for (const auto& line : by_invoice.lines) {
    const Targets to = targets_of(line.group_id.value_or(0));
    const cb::AgeingRow& r = line.row;
    for (std::size_t i = 0; i < to.size(); ++i) {
      cb::AgeingRow empty{.currency = r.currency};
      empty.buckets.assign(r.buckets.size(), 0);
      auto [it, fresh] = sums.try_emplace({to[i].first, r.currency.code()}, std::move(empty));
      cb::AgeingRow& s = it->second;
      SD_ASSIGN(std::int64_t not_due, Part(r.not_due, to, i));
      s.not_due += not_due;
      s.open += not_due;
      for (std::size_t b = 0; b < r.buckets.size(); ++b) {
        SD_ASSIGN(std::int64_t part, Part(r.buckets[b], to, i));
        s.buckets[b] += part;
        s.open += part;
      }
      SD_ASSIGN(std::int64_t unapplied, Part(r.unapplied, to, i));
      SD_ASSIGN(std::int64_t carrying, Part(r.carrying_base, to, i));
      SD_ASSIGN(std::int64_t unapplied_base, Part(r.unapplied_base, to, i));
      s.unapplied += unapplied;
      s.carrying_base += carrying;
      s.unapplied_base += unapplied_base;
    }
  }
  AgeingReport out{by_invoice.base_currency, {}};
  for (auto& [key, row] : sums) {
    out.lines.push_back(
        {key.first == 0 ? std::nullopt : std::optional<std::int64_t>(key.first), std::move(row)});
  }
  return out;
}

}  // namespace salesdesk::modules::billing
