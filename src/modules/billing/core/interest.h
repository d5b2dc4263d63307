// E-R9: default interest, simple, actual/365 fixed (RULES 0.6), on the principal outstanding in
// each interval: I = Σ P_k × rate × days_k / 365. Intervals split at every payment and credit
// note; interest runs from the day after the start (the due date, or the first reminder's date
// with the option) up to and including the calculation date, and a reduction dated t stops
// interest on its amount from the day after t. Rounded half-up once per instalment, less the
// interest already paid (never below zero).
#pragma once

#include <cstdint>
#include <optional>
#include <span>

#include "core/money/decimal.h"
#include "core/result.h"
#include "core/time/date.h"

namespace salesdesk::core::billing {

struct PrincipalReduction {
  Date date;                // the payment's or credit note's date
  std::int64_t amount = 0;  // principal of this instalment it cleared, > 0
};

struct InterestTerms {
  Percent annual_rate;                 // e.g. 9.12 % a year
  std::optional<Date> first_reminder;  // set: interest from the first reminder (the option)
};

// Interest on one instalment of `principal` due `due`, at `calc_date`. With the first-reminder
// option and no reminder yet, nothing accrues.
Result<std::int64_t> AccruedInterest(std::int64_t principal, Date due,
                                     std::span<const PrincipalReduction> reductions,
                                     const InterestTerms& terms, Date calc_date,
                                     std::int64_t interest_paid = 0,
                                     bool from_first_reminder = false);

}  // namespace salesdesk::core::billing
