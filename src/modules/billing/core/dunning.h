// E-R8: one dunning run's proposal. Levels are numbered 1..n. Per overdue instalment (d ≥ 1
// and something outstanding) a run raises the level by at most one, never skipping: level k+1
// needs d ≥ its min days past due and, from level 2 on, at least its min days since the line
// reached level k. One letter per customer per run, and only when some line rose: it lists
// every overdue line of the customer, its level is the highest line level, its fee that
// level's fee, charged once per letter. A customer whose overdue total (at base) is under the
// minimum gets no letter and no line of theirs rises.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "core/money/decimal.h"
#include "core/result.h"
#include "core/time/date.h"

namespace salesdesk::core::billing {

struct DunningLevel {
  int min_days_past_due = 0;        // >= 1 in practice: only overdue lines are dunned
  int min_days_since_previous = 0;  // ignored for level 1
  std::int64_t fee = 0;             // base minor units, >= 0
  Percent annual_rate;              // interest from this level on (E-R9)
  bool creates_task = false;
  bool credit_hold = false;
};

struct DunnableLine {
  std::int64_t customer = 0;
  Date due;
  std::int64_t outstanding = 0;       // document currency
  std::int64_t outstanding_base = 0;  // carrying base, for the minimum total
  int level = 0;                      // level reached so far (0: never dunned)
  std::optional<Date> level_date;     // when it reached `level`
};

struct LetterLine {
  std::size_t line = 0;  // index into the lines given
  int level_before = 0;
  int level_after = 0;
};

struct LetterProposal {
  std::int64_t customer = 0;
  int level = 0;         // highest line level after the run
  std::int64_t fee = 0;  // that level's fee, once
  std::int64_t overdue_base = 0;
  bool creates_task = false;
  bool credit_hold = false;
  std::vector<LetterLine> lines;
};

// Levels must be given in order (index 0 is level 1); days >= 0, fees >= 0 ("levels/<i>/...").
Result<void> CheckLevels(std::span<const DunningLevel> levels);

// Letters in order of each customer's first line.
Result<std::vector<LetterProposal>> ProposeDunning(Date run_date,
                                                   std::span<const DunningLevel> levels,
                                                   std::span<const DunnableLine> lines,
                                                   std::int64_t min_overdue_base = 0);

}  // namespace salesdesk::core::billing
