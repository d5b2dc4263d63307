// Credit exposure of an account and the hold it calls for (issue 13 "Risk and credit",
// decision 0048). Exposure = open receivables + confirmed orders not yet invoiced + the new
// order, each converted into the credit limit's currency with one rounding step per item (never
// a float); an item whose rate is missing is left out and named, so the caller holds the order
// rather than guess.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include "core/money/decimal.h"
#include "core/money/money.h"
#include "core/result.h"
#include "core/time/date.h"

namespace salesdesk::core::billing {

struct ExposureItem {
  Money amount;              // open amount in its own currency
  std::optional<Rate> rate;  // limit-currency units per unit; needed when the currencies differ
  Date rate_on;              // the day whose rate converts it (named when it is missing)
};

struct MissingRate {
  std::string from, to;
  Date on;
};

struct CreditExposure {
  std::int64_t receivables = 0;             // limit currency, minor units
  std::int64_t orders = 0;                  // confirmed orders not yet invoiced
  std::int64_t new_order = 0;               // the order being confirmed (0 when none)
  std::int64_t total = 0;                   // receivables + orders + new_order
  std::optional<std::int64_t> limit;        // none: the account has no credit limit
  std::optional<std::int64_t> available;    // limit − receivables − orders (may be < 0)
  std::int64_t excess = 0;                  // max(0, total − limit); 0 without a limit
  std::optional<MissingRate> missing_rate;  // the first item that could not be converted
};

Result<CreditExposure> ExposureOf(Currency limit_currency, std::optional<std::int64_t> limit,
                                  std::span<const ExposureItem> receivables,
                                  std::span<const ExposureItem> orders,
                                  std::optional<ExposureItem> new_order);

// Why a confirmed order is held, in the order they are tested: a missing rate (nothing can be
// judged), a posted dunning letter of a credit-hold level, a prepayment customer, the limit.
enum class HoldReason { kNone, kMissingRate, kDunning, kPrepayment, kOverLimit };

std::string_view HoldReasonCode(HoldReason r);  // "missing_rate", "dunning", ...

struct HoldDecision {
  HoldReason reason = HoldReason::kNone;
  // What a release puts at risk, in the limit's currency: the excess over the limit for
  // kOverLimit, the whole order for kDunning and kPrepayment, none for kMissingRate (only
  // finance may release it).
  std::optional<std::int64_t> at_risk;
};

// `sales_method` is the account's ("prepayment", "letter_of_credit", "open_account"); a letter
// of credit is judged like an open account within the limit.
HoldDecision DecideHold(const CreditExposure& exposure, std::string_view sales_method,
                        bool dunning_hold);

}  // namespace salesdesk::core::billing
