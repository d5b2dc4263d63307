#include "modules/billing/core/credit_exposure.h"

namespace salesdesk::core::billing {
namespace {

// Adds each item in `target`, converted once; the first item without a rate is noted.
Result<std::int64_t> SumIn(Currency target, std::span<const ExposureItem> items,
                           std::optional<MissingRate>& missing) {
  std::int64_t sum = 0;
  for (const auto& item : items) {
    std::int64_t minor = item.amount.minor;
    if (item.amount.currency.code() != target.code()) {
      if (!item.rate) {
        if (!missing)
          missing = MissingRate{item.amount.currency.code(), target.code(), item.rate_on};
        continue;
      }
      SD_ASSIGN(Money converted, Convert(item.amount, *item.rate, target));
      minor = converted.minor;
    }
    if (__builtin_add_overflow(sum, minor, &sum)) {
      return Error::Make(ErrorCode::kOverflow,
                         Msg("money.overflow", {{"currency", target.code()}}));
    }
  }
  return sum;
}

}  // namespace

Result<CreditExposure> ExposureOf(Currency limit_currency, std::optional<std::int64_t> limit,
                                  std::span<const ExposureItem> receivables,
                                  std::span<const ExposureItem> orders,
                                  std::optional<ExposureItem> new_order) {
  CreditExposure e;
  SD_ASSIGN(e.receivables, SumIn(limit_currency, receivables, e.missing_rate));
  SD_ASSIGN(e.orders, SumIn(limit_currency, orders, e.missing_rate));
  if (new_order) {
    SD_ASSIGN(e.new_order,
              SumIn(limit_currency, std::span<const ExposureItem>(&*new_order, 1), e.missing_rate));
  }
  // Each part is an int64 sum already; three of them fit __int128 and are checked on the way back.
  const __int128 total = static_cast<__int128>(e.receivables) + e.orders + e.new_order;
  if (total > INT64_MAX || total < INT64_MIN) {
    return Error::Make(ErrorCode::kOverflow,
                       Msg("money.overflow", {{"currency", limit_currency.code()}}));
  }
  e.total = static_cast<std::int64_t>(total);
  e.limit = limit;
  if (limit) {
    const __int128 available = static_cast<__int128>(*limit) - e.receivables - e.orders;
    if (available < INT64_MIN) {
      return Error::Make(ErrorCode::kOverflow,
                         Msg("money.overflow", {{"currency", limit_currency.code()}}));
    }
    e.available = static_cast<std::int64_t>(available);
    e.excess = e.total > *limit ? e.total - *limit : 0;
  }
  return e;
}

std::string_view HoldReasonCode(HoldReason r) {
  switch (r) {
    case HoldReason::kMissingRate:
      return "missing_rate";
    case HoldReason::kDunning:
      return "dunning";
    case HoldReason::kPrepayment:
      return "prepayment";
    case HoldReason::kOverLimit:
      return "over_limit";
    case HoldReason::kNone:
      break;
  }
  return "";
}

HoldDecision DecideHold(const CreditExposure& exposure, std::string_view sales_method,
                        bool dunning_hold) {
  if (exposure.missing_rate) return {HoldReason::kMissingRate, std::nullopt};
  if (dunning_hold) return {HoldReason::kDunning, exposure.new_order};
  if (sales_method == "prepayment") return {HoldReason::kPrepayment, exposure.new_order};
  if (exposure.excess > 0) return {HoldReason::kOverLimit, exposure.excess};
  return {};
}

}  // namespace salesdesk::core::billing
