#include "modules/billing/app/invoice_replay.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/billing/app/billing_records.h"
#include "modules/billing/app/payment_replay.h"

namespace salesdesk::modules::billing {
namespace {

using app::Record;
namespace cb = core::billing;

constexpr std::size_t kChunk = 500;
constexpr std::int64_t kOne = 100'000'000;  // a rate of 1 (8 decimals)

// Reads one chunk's parts into `out` (already holding its invoices), `index` mapping ids.
core::Result<void> ReadChunk(app::RecordRepository& uow, const app::sales::ExchangeRates& rates,
                             const std::vector<app::FieldValue>& chunk, core::Date as_of,
                             ReplayRates with, std::vector<ReplayedInvoice>& out,
                             const std::map<std::int64_t, std::size_t>& index) {
  auto of = [&](std::int64_t invoice_id) -> ReplayedInvoice& { return out[index.at(invoice_id)]; };
  auto rate_of = [&](const std::string& currency, core::Date on) -> core::Result<core::Rate> {
    if (with == ReplayRates::kWithout) return core::Rate::FromUnits(kOne);
    return RateToBase(rates, currency, on, "as_of");
  };
  SD_ASSIGN(auto instalments, app::ReadAll(uow, Spec("invoice-instalments"),
                                           {{"invoice_id", app::FilterOp::kIn, chunk}}));
  std::sort(instalments.begin(), instalments.end(), [](const Record& a, const Record& b) {
    return std::make_pair(app::IntOf(a, "invoice_id"), app::IntOf(a, "position")) <
           std::make_pair(app::IntOf(b, "invoice_id"), app::IntOf(b, "position"));
  });
  for (const auto& i : instalments) {
    SD_ASSIGN(core::Date due, core::ParseDate(app::TextOf(i, "due_on")));
    of(*app::IntOf(i, "invoice_id"))
        .invoice.instalments.push_back({due, app::MoneyOf(i, "amount")->minor});
  }
  SD_ASSIGN(auto paid, app::ReadAll(uow, Spec("payments"),
                                    {{"invoice_id", app::FilterOp::kIn, chunk},
                                     {"paid_on", app::FilterOp::kLe, {as_of.ToString()}}}));
  // Less what of each was applied later elsewhere; that principal comes in on its invoices.
  std::vector<app::FieldValue> paid_ids;
  for (const auto& p : paid) paid_ids.emplace_back(app::RecordId(p));
  SD_ASSIGN(auto later, AppliedLater(uow, paid_ids));
  for (const auto& p : paid) {
    const auto settled = *app::MoneyOf(p, "settled");
    SD_ASSIGN(core::Currency currency, core::ParseCurrency(settled.currency));
    SD_ASSIGN(core::Date on, core::ParseDate(app::TextOf(p, "paid_on")));
    SD_ASSIGN(core::Rate rate, rate_of(settled.currency, on));
    of(*app::IntOf(p, "invoice_id"))
        .settlements.push_back({cb::SettlementKind::kPayment, on, currency,
                                settled.minor - later[app::RecordId(p)], std::nullopt, rate});
  }
  SD_ASSIGN(auto applied_later, LaterPrincipalOf(uow, chunk));
  for (const auto& l : applied_later) {
    if (l.paid_on > as_of) continue;
    SD_ASSIGN(core::Currency currency, core::ParseCurrency(l.currency));
    SD_ASSIGN(core::Rate rate, rate_of(l.currency, l.paid_on));
    of(l.invoice_id)
        .settlements.push_back(
            {cb::SettlementKind::kPayment, l.paid_on, currency, l.amount, std::nullopt, rate});
  }
  // Posted credit notes, and write-offs (decision 0056), reduce principal only, at the
  // invoice's rate (E-R2, E-R6). A write-off is not a credit sale: the DSO keeps the sale.
  SD_ASSIGN(auto credited, app::ReadAll(uow, Spec("credit-notes"),
                                        {{"invoice_id", app::FilterOp::kIn, chunk},
                                         {"status", app::FilterOp::kEq, {std::string("posted")}},
                                         {"credit_date", app::FilterOp::kLe, {as_of.ToString()}}}));
  SD_ASSIGN(auto written_off,
            app::ReadAll(uow, Spec("invoice-write-offs"),
                         {{"invoice_id", app::FilterOp::kIn, chunk},
                          {"written_off_on", app::FilterOp::kLe, {as_of.ToString()}}}));
  for (const auto& [documents, dated, amount] :
       {std::tuple{&credited, "credit_date", "total"},
        std::tuple{&written_off, "written_off_on", "amount"}}) {
    for (const auto& n : *documents) {
      ReplayedInvoice& r = of(*app::IntOf(n, "invoice_id"));
      SD_ASSIGN(core::Date on, core::ParseDate(app::TextOf(n, dated)));
      r.settlements.push_back({cb::SettlementKind::kCreditNote, on, r.invoice.currency,
                               app::MoneyOf(n, amount)->minor, std::nullopt, r.invoice.rate});
    }
  }
  return core::Ok();
}

}  // namespace

core::Result<std::vector<ReplayedInvoice>> ReadForReplay(app::RecordRepository& uow,
                                                         const app::sales::ExchangeRates& rates,
                                                         std::span<const app::Record> invoices,
                                                         core::Date as_of, ReplayRates with) {
  std::vector<ReplayedInvoice> out;
  out.reserve(invoices.size());
  for (std::size_t from = 0; from < invoices.size(); from += kChunk) {
    const std::size_t to = std::min(invoices.size(), from + kChunk);
    std::map<std::int64_t, std::size_t> index;
    std::vector<app::FieldValue> chunk;
    for (std::size_t k = from; k < to; ++k) {
      const Record& inv = invoices[k];
      SD_ASSIGN(core::Currency currency, core::ParseCurrency(app::TextOf(inv, "currency")));
      SD_ASSIGN(core::Date posted, core::ParseDate(app::TextOf(inv, "invoice_date")));
      const std::int64_t id = app::RecordId(inv);
      index[id] = out.size();
      chunk.emplace_back(id);
      out.push_back(
          {id,
           {currency, posted, core::Rate::FromUnits(app::IntOf(inv, "rate").value_or(0)), {}},
           {}});
    }
    SD_TRY(ReadChunk(uow, rates, chunk, as_of, with, out, index));
  }
  return out;
}

}  // namespace salesdesk::modules::billing
