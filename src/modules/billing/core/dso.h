// E-R7: days sales outstanding, the count-back-free "standard" method:
// DSO = AR(D) × N ÷ credit sales of the N days ending D, in tenths of a day rounded half-up.
// AR is the open gross receivable at carrying base (not-yet-due included); credit sales are
// invoices minus credit notes dated in the window, at base. Credit sales ≤ 0 → n/a (never ∞).
// A team's DSO is ΣAR × N ÷ Σsales, never the mean of its reps' DSOs. A rep counts their
// credited share of split invoices: gross and payments are each split with Allocate.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "core/money/allocate.h"
#include "core/result.h"
#include "core/time/date.h"

namespace salesdesk::core::billing {

struct DsoFigures {
  std::int64_t receivables = 0;   // AR at D, base minor units
  std::int64_t credit_sales = 0;  // invoices − credit notes in the window, base minor units
};

// Tenths of a day, or nullopt (n/a) when credit_sales <= 0. `days` is N (> 0; 90 by default).
std::optional<std::int64_t> DsoTenths(DsoFigures figures, int days = 90);

// ΣAR × N ÷ Σsales over the reps of a team (or any group).
std::optional<std::int64_t> GroupDsoTenths(std::span<const DsoFigures> members, int days = 90);

// The window of N days ending D: D − N < date ≤ D (90 days ending 31 Mar are 1 Jan..31 Mar).
bool InDsoWindow(Date date, Date as_of, int days = 90);

// A document of the rep's for the DSO: its base amount (invoice: B0, credit note: its base at
// the invoice's rate, both > 0) and, for AR, its carrying base open at D.
struct DsoDocument {
  Date date;
  bool credit_note = false;
  std::int64_t base = 0;
  std::int64_t open_base = 0;  // invoices only; credit notes relieve through their invoice
};

// AR = Σ open carrying base of the documents dated ≤ D; credit sales = Σ invoices − Σ credit
// notes dated in the window.
DsoFigures FiguresAt(std::span<const DsoDocument> documents, Date as_of, int days = 90);

struct CreditedShares {
  std::vector<std::int64_t> gross;  // Allocate(gross, shares)
  std::vector<std::int64_t> paid;   // Allocate(paid, shares): payments reduce shares pro rata
  std::vector<std::int64_t> open;   // gross − paid, per share
};

// The credited shares of one invoice (e.g. 60/40 between two reps). Error field "shares".
Result<CreditedShares> SplitCredit(std::int64_t gross, std::int64_t paid,
                                   std::span<const Weight> shares);

}  // namespace salesdesk::core::billing
