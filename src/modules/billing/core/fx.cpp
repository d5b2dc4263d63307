#include "modules/billing/core/fx.h"

#include <string>

namespace salesdesk::core::billing {

Result<std::int64_t> InvoiceBase(Money amount, Rate rate, Currency base) {
  SD_ASSIGN(Money converted, Convert(amount, rate, base));
  return converted.minor;
}

Result<std::int64_t> RelievedBase(std::int64_t applied, std::int64_t outstanding,
                                  std::int64_t carrying, Currency document, Rate invoice_rate,
                                  Currency base) {
  if (applied == outstanding) return carrying;
  return InvoiceBase(Money{applied, document}, invoice_rate, base);
}

Result<std::vector<FxOutcome>> SettleFx(Money invoice, Rate invoice_rate, Currency base,
                                        std::span<const FxSettlement> settlements) {
  SD_ASSIGN(std::int64_t carrying, InvoiceBase(invoice, invoice_rate, base));
  std::int64_t outstanding = invoice.minor;
  std::vector<FxOutcome> out;
  out.reserve(settlements.size());
  for (std::size_t i = 0; i < settlements.size(); ++i) {
    const FxSettlement& s = settlements[i];
    const std::string field = "settlements/" + std::to_string(i) + "/amount";
    if (s.amount <= 0) {
      return Error::Invalid(
          field, Msg("field.out_of_range",
                     {{"field", field}, {"min", "0.01"}, {"max", "the outstanding amount"}}));
    }
    if (s.amount > outstanding) {
      return Error::Invalid(
          field,
          Msg("billing.settlement_exceeds_outstanding",
              {{"field", field}, {"outstanding", FormatAmount({outstanding, invoice.currency})}}));
    }
    FxOutcome o;
    SD_ASSIGN(o.relieved_base,
              RelievedBase(s.amount, outstanding, carrying, invoice.currency, invoice_rate, base));
    if (s.payment_rate) {
      SD_ASSIGN(o.settlement_base,
                InvoiceBase(Money{s.amount, invoice.currency}, *s.payment_rate, base));
    } else {
      o.settlement_base = o.relieved_base;
    }
    o.realised = o.settlement_base - o.relieved_base;
    outstanding -= s.amount;
    carrying -= o.relieved_base;
    o.outstanding = outstanding;
    o.carrying = carrying;
    out.push_back(o);
  }
  return out;
}

}  // namespace salesdesk::core::billing
