#include "modules/billing/app/invoice_settled_on.h"

#include <algorithm>

#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/billing/app/billing_records.h"
#include "modules/billing/app/invoice_replay.h"
#include "modules/billing/core/ageing.h"

namespace salesdesk::modules::billing {
namespace {

using app::Record;
namespace cb = core::billing;

constexpr std::int64_t kPage = 1000;

// The day from which the replayed invoice adds nothing to the ageing, if it ever does not: with
// every settlement counted (the latest one's day, and not before the invoice), nothing is open and
// nothing was more than the invoice could take. Later days add nothing that could change that.
core::Result<std::optional<core::Date>> SettledOn(const ReplayedInvoice& r, core::Currency base) {
  // A payment whose whole overpayment was applied elsewhere later is a settlement of nothing
  // here: it does not date the invoice's settling.
  std::vector<cb::AgedSettlement> settlements;
  core::Date last = r.invoice.posted;
  for (cb::AgedSettlement s : r.settlements) {
    if (s.amount == 0) continue;
    last = std::max(last, s.posted);
    s.invoice = 0;
    settlements.push_back(s);
  }
  if (settlements.empty()) return std::optional<core::Date>{};
  SD_ASSIGN(auto rows, cb::AgeAt(last, base, {&r.invoice, 1}, settlements));
  return rows.empty() ? std::optional<core::Date>{last} : std::optional<core::Date>{};
}

// The posted invoices among `records`, replayed with all their settlements; f(record, value).
template <typename F>
core::Result<void> EachSettledOn(app::UnitOfWork& uow, const std::vector<Record>& records, F f) {
  std::vector<Record> posted;
  for (const auto& r : records) {
    if (app::TextOf(r, "status") == "posted") posted.push_back(r);
  }
  if (posted.empty()) return core::Ok();
  SD_ASSIGN(auto rates, app::sales::LoadExchangeRates(uow));
  SD_ASSIGN(core::Currency base, core::ParseCurrency(rates.base_currency));
  SD_ASSIGN(core::Date end, core::Date::FromDaysSinceEpoch(core::Date::kMaxDays));
  SD_ASSIGN(auto replayed, ReadForReplay(uow, rates, posted, end, ReplayRates::kWithout));
  for (std::size_t k = 0; k < posted.size(); ++k) {
    SD_ASSIGN(auto value, SettledOn(replayed[k], base));
    SD_TRY(f(posted[k], value));
  }
  return core::Ok();
}

core::Result<std::vector<Record>> InvoicesById(app::UnitOfWork& uow,
                                               const std::vector<std::int64_t>& ids) {
  std::vector<app::FieldValue> in(ids.begin(), ids.end());
  return app::ReadAll(uow, Spec("invoices"), {{"id", app::FilterOp::kIn, std::move(in)}});
}

std::optional<core::Date> Stored(const Record& invoice) {
  const std::string text = app::TextOf(invoice, "settled_on");
  if (text.empty()) return std::nullopt;
  auto d = core::ParseDate(text);
  return d ? std::optional<core::Date>{*d} : std::nullopt;
}

core::Result<void> Store(app::UnitOfWork& uow, const std::vector<Record>& invoices,
                         std::int64_t now_us, SettledWrite write) {
  return EachSettledOn(
      uow, invoices, [&](const Record& inv, std::optional<core::Date> value) -> core::Result<void> {
        if (write == SettledWrite::kChanged && Stored(inv) == value) {
          return core::Ok();
        }
        app::FieldValue v;
        if (value) v = value->ToString();
        SD_TRY(uow.Update(Spec("invoices"), app::RecordId(inv), {{"settled_on", v}},
                          app::RecordVersion(inv), now_us));
        return core::Ok();
      });
}

}  // namespace

core::Result<void> RefreshSettledOn(app::UnitOfWork& uow, const std::vector<std::int64_t>& ids,
                                    std::int64_t now_us, SettledWrite write) {
  // The invoices are read before their settlements: kTouch's guarantee rests on that order.
  for (std::size_t from = 0; from < ids.size(); from += kPage) {
    std::vector<std::int64_t> page(ids.begin() + from,
                                   ids.begin() + std::min(ids.size(), from + kPage));
    SD_ASSIGN(auto invoices, InvoicesById(uow, page));
    SD_TRY(Store(uow, invoices, now_us, write));
  }
  return core::Ok();
}

core::Result<std::map<std::int64_t, std::optional<core::Date>>> SettledOnOf(
    app::UnitOfWork& uow, const std::vector<std::int64_t>& ids) {
  std::map<std::int64_t, std::optional<core::Date>> out;
  SD_ASSIGN(auto invoices, InvoicesById(uow, ids));
  SD_TRY(EachSettledOn(
      uow, invoices, [&](const Record& inv, std::optional<core::Date> value) -> core::Result<void> {
        out[app::RecordId(inv)] = value;
        return core::Ok();
      }));
  return out;
}

std::array<app::Filter, 2> OpenAt(core::Date as_of) {
  return {app::Filter{"settled_on", app::FilterOp::kIsNull, {}},
          app::Filter{"settled_on", app::FilterOp::kGt, {as_of.ToString()}}};
}

core::Result<void> UpgradeSettledOn(app::Store& store, const core::Clock& clock) {
  SD_ASSIGN(auto uow, store.Write());
  SD_ASSIGN(const std::int64_t starts, uow->NextNumber("billing-settled-on-upgrade"));
  if (starts == 1) {
    const std::int64_t now = clock.Now().micros_since_epoch();
    std::int64_t after = 0;
    for (;;) {
      SD_ASSIGN(auto invoices,
                app::ReadAll(*uow, Spec("invoices"),
                             {{"status", app::FilterOp::kEq, {std::string("posted")}},
                              {"id", app::FilterOp::kGt, {after}}},
                             kPage));
      if (invoices.empty()) break;
      after = app::RecordId(invoices.back());
      SD_TRY(Store(*uow, invoices, now, SettledWrite::kChanged));
    }
  }
  return uow->Commit();
}

}  // namespace salesdesk::modules::billing
