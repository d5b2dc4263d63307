#include "modules/sales/core/quotes/deviation.h"

namespace salesdesk::core::quotes {
namespace {

// Orders two values of one kind by how much authority they need: < 0 when `a` needs less.
// Values of the wrong alternative (a caller bug) and mixed currencies compare as "needs more".
int CompareNeed(DeviationKind kind, const DeviationValue& a, const DeviationValue& b) {
  switch (kind) {
    case DeviationKind::kDiscount:
      if (!std::holds_alternative<Percent>(a) || !std::holds_alternative<Percent>(b)) return 1;
      return std::get<Percent>(a) < std::get<Percent>(b)   ? -1
             : std::get<Percent>(a) > std::get<Percent>(b) ? 1
                                                           : 0;
    case DeviationKind::kMargin:  // a lower margin needs more authority
      if (!std::holds_alternative<Percent>(a) || !std::holds_alternative<Percent>(b)) return 1;
      return std::get<Percent>(a) > std::get<Percent>(b)   ? -1
             : std::get<Percent>(a) < std::get<Percent>(b) ? 1
                                                           : 0;
    case DeviationKind::kPaymentTerms:
      if (!std::holds_alternative<int>(a) || !std::holds_alternative<int>(b)) return 1;
      return std::get<int>(a) < std::get<int>(b) ? -1 : std::get<int>(a) > std::get<int>(b) ? 1 : 0;
    case DeviationKind::kValue: {
      if (!std::holds_alternative<Money>(a) || !std::holds_alternative<Money>(b)) return 1;
      const Money& ma = std::get<Money>(a);
      const Money& mb = std::get<Money>(b);
      if (ma.currency != mb.currency) return 1;
      return ma.minor < mb.minor ? -1 : ma.minor > mb.minor ? 1 : 0;
    }
    case DeviationKind::kTaxRate:  // no order: another rate is another ask
      if (!std::holds_alternative<Percent>(a) || !std::holds_alternative<Percent>(b)) return 1;
      return std::get<Percent>(a) == std::get<Percent>(b) ? 0 : 1;
  }
  return 1;
}

DeviationValue LimitOf(DeviationKind kind, const AuthorityLimits& limits) {
  switch (kind) {
    case DeviationKind::kDiscount:
      return limits.max_discount;
    case DeviationKind::kMargin:
      return limits.min_margin;
    case DeviationKind::kPaymentTerms:
      return limits.max_payment_term_days;
    case DeviationKind::kValue:
      return limits.max_contract_value;
    case DeviationKind::kTaxRate:  // decided by may_override_tax in WithinLimit
      break;
  }
  return limits.max_discount;
}

}  // namespace

const char* DeviationScopeName(DeviationScope scope) {
  return scope == DeviationScope::kLine ? "line" : "document";
}

const char* DeviationKindName(DeviationKind kind) {
  switch (kind) {
    case DeviationKind::kDiscount:
      return "discount";
    case DeviationKind::kMargin:
      return "margin";
    case DeviationKind::kPaymentTerms:
      return "payment_terms";
    case DeviationKind::kValue:
      return "value";
    case DeviationKind::kTaxRate:
      return "tax_rate";
  }
  return "unknown";
}

bool WithinLimit(DeviationKind kind, const DeviationValue& requested,
                 const AuthorityLimits& limits) {
  if (kind == DeviationKind::kTaxRate) {
    return limits.may_override_tax && std::holds_alternative<Percent>(requested);
  }
  return CompareNeed(kind, requested, LimitOf(kind, limits)) <= 0;
}

bool AsksMore(DeviationKind kind, const DeviationValue& next, const DeviationValue& before) {
  return CompareNeed(kind, next, before) > 0;
}

}  // namespace salesdesk::core::quotes
