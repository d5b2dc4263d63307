// The rep × month performance matrix (issue 14, QUALITY W7; docs/cockpit.md): per person and
// month the actual, the target and the attainment, a total per person and a team line. Pure
// arithmetic over figures already read; attainment is rounded once per cell (RULES 0.3).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/result.h"
#include "modules/appraisal/core/appraisal_month.h"

namespace salesdesk::core::cockpit {

using appraisal::Month;

// A month against today's: over, under way (figures to date), or still to come.
enum class MonthState { kClosed, kCurrent, kToCome };

inline constexpr int kMaxMatrixMonths = 36;

Month AddMonths(Month m, int n);
// [from, to] month by month; kInvalidArgument naming "from" when from is after to, naming "to"
// when the span is longer than kMaxMatrixMonths.
Result<std::vector<Month>> MatrixMonths(Month from, Month to);
MonthState StateOf(Month m, Month current);

// One person's figures, one entry per month of the matrix; a target is none without a plan.
struct PersonFigures {
  std::vector<std::int64_t> actual;
  std::vector<std::optional<std::int64_t>> target;
};

struct MatrixCell {
  std::int64_t actual = 0;
  std::optional<std::int64_t> target;
  std::optional<std::int64_t> attainment_bp;  // none: no target, or the month is to come
};

struct MatrixTotal {
  std::int64_t actual = 0;                     // every month of the range
  std::optional<std::int64_t> target;          // the months with a target
  std::optional<std::int64_t> target_to_date;  // of those, the months begun
  std::optional<std::int64_t> attainment_bp;   // their actual ÷ target_to_date
};

struct MatrixLine {
  std::vector<MatrixCell> cells;
  MatrixTotal total;
};

struct Matrix {
  std::vector<MatrixLine> people;
  // Actuals of everyone; targets of those who have one, and the attainment of those people's
  // actuals against them (someone without a plan adds to the actual, never to the attainment).
  MatrixLine team;
};

Matrix BuildMatrix(const std::vector<MonthState>& states, const std::vector<PersonFigures>& people);

}  // namespace salesdesk::core::cockpit
