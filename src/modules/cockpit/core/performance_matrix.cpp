#include "modules/cockpit/core/performance_matrix.h"

#include <string>

#include "modules/targets/core/pace.h"

namespace salesdesk::core::cockpit {
namespace {

// A cell or total being summed: `counted` is the actual of whoever had a target, the part an
// attainment is taken of.
struct Sum {
  std::int64_t actual = 0;
  std::int64_t counted = 0;
  std::optional<std::int64_t> target;

  void Add(std::int64_t a, std::optional<std::int64_t> t, std::int64_t counted_part) {
    actual += a;
    if (!t) return;
    target = target.value_or(0) + *t;
    counted += counted_part;
  }
};

MatrixCell CellOf(const Sum& s, MonthState state) {
  MatrixCell cell{.actual = s.actual, .target = s.target};
  if (s.target && state != MonthState::kToCome) {
    cell.attainment_bp = modules::targets::AttainmentBp(s.counted, *s.target);
  }
  return cell;
}

// A line's total over its cells; `counted` per cell as summed for it.
MatrixTotal TotalOf(const std::vector<MatrixCell>& cells, const std::vector<std::int64_t>& counted,
                    const std::vector<MonthState>& states) {
  MatrixTotal total;
  Sum to_date;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    total.actual += cells[i].actual;
    if (!cells[i].target) continue;
    total.target = total.target.value_or(0) + *cells[i].target;
    if (states[i] != MonthState::kToCome) to_date.Add(counted[i], cells[i].target, counted[i]);
  }
  total.target_to_date = to_date.target;
  if (to_date.target) {
    total.attainment_bp = modules::targets::AttainmentBp(to_date.counted, *to_date.target);
  }
  return total;
}

}  // namespace

Month AddMonths(Month m, int n) {
  const int index = m.year * 12 + (m.month - 1) + n;
  return {index / 12, index % 12 + 1};
}

Result<std::vector<Month>> MatrixMonths(Month from, Month to) {
  if (from > to) {
    return Error::Invalid(
        "from", Msg("cockpit.matrix_order", {{"from", from.ToString()}, {"to", to.ToString()}}));
  }
  std::vector<Month> out;
  for (Month m = from; m <= to; m = AddMonths(m, 1)) {
    if (static_cast<int>(out.size()) == kMaxMatrixMonths) {
      return Error::Invalid(
          "to",
          Msg("cockpit.matrix_span", {{"max", std::to_string(kMaxMatrixMonths)},
                                      {"last", AddMonths(from, kMaxMatrixMonths - 1).ToString()}}));
    }
    out.push_back(m);
  }
  return out;
}

MonthState StateOf(Month m, Month current) {
  if (m < current) return MonthState::kClosed;
  return m == current ? MonthState::kCurrent : MonthState::kToCome;
}

Matrix BuildMatrix(const std::vector<MonthState>& states,
                   const std::vector<PersonFigures>& people) {
  Matrix out;
  std::vector<Sum> team(states.size());
  for (const PersonFigures& p : people) {
    MatrixLine line;
    std::vector<std::int64_t> counted(states.size(), 0);
    for (std::size_t i = 0; i < states.size(); ++i) {
      const std::int64_t actual = i < p.actual.size() ? p.actual[i] : 0;
      const std::optional<std::int64_t> target = i < p.target.size() ? p.target[i] : std::nullopt;
      Sum cell;
      cell.Add(actual, target, actual);
      team[i].Add(actual, target, actual);
      counted[i] = cell.counted;
      line.cells.push_back(CellOf(cell, states[i]));
    }
    line.total = TotalOf(line.cells, counted, states);
    out.people.push_back(std::move(line));
  }
  std::vector<std::int64_t> counted;
  for (std::size_t i = 0; i < states.size(); ++i) {
    out.team.cells.push_back(CellOf(team[i], states[i]));
    counted.push_back(team[i].counted);
  }
  out.team.total = TotalOf(out.team.cells, counted, states);
  return out;
}

}  // namespace salesdesk::core::cockpit
