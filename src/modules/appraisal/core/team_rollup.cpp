#include "modules/appraisal/core/team_rollup.h"

#include <algorithm>

#include "core/money/rounding.h"

namespace salesdesk::core::appraisal {
namespace {

// Sums kept while reading; the mean is taken once at the end.
struct Accumulator {
  std::int64_t count = 0;
  std::int64_t sum = 0;
  std::optional<std::int64_t> low, high;

  void Add(std::optional<std::int64_t> v) {
    if (!v) return;
    ++count;
    sum += *v;
    low = low ? std::min(*low, *v) : *v;
    high = high ? std::max(*high, *v) : *v;
  }
  Average Done() const {
    Average a{count, std::nullopt, low, high};
    if (count > 0) a.mean_bp = static_cast<std::int64_t>(DivRoundHalfUp(sum, count));
    return a;
  }
};

struct Team {
  TeamMonth month;
  Accumulator score;
  std::map<Item, Accumulator> items;

  void Add(const RepMonth& r) {
    ++month.reps;
    score.Add(r.score_bp);
    month.actual_sales += r.actual_sales;
    if (r.planned_target) {
      month.planned_target += *r.planned_target;
      month.actual_on_target += r.actual_sales;
    }
    for (const auto& [item, bp] : r.attainment_bp) items[item].Add(bp);
    ++month.states[r.state];
  }
  TeamMonth Done() const {
    TeamMonth out = month;
    out.score = score.Done();
    for (const char* s : kCardStates) out.states.try_emplace(s, 0);
    for (Item item : kAllItems) {
      auto it = items.find(item);
      out.items[item] = it == items.end() ? Average{} : it->second.Done();
    }
    if (out.planned_target > 0) {
      // Credit notes above the month's sales read as nothing sold, as a scored row floors at 0.
      const __int128 sold = std::max<std::int64_t>(out.actual_on_target, 0);
      out.sales_attainment_bp =
          static_cast<std::int64_t>(DivRoundHalfUp(sold * 10'000, out.planned_target));
    }
    return out;
  }
};

}  // namespace

RollUp RollUpTeams(const std::vector<RepMonth>& reps) {
  std::map<std::int64_t, Team> teams;
  Team none, total;
  bool any_without = false;
  for (const RepMonth& r : reps) {
    total.Add(r);
    if (r.team_id) {
      Team& t = teams[*r.team_id];
      t.month.team_id = r.team_id;
      t.Add(r);
    } else {
      any_without = true;
      none.Add(r);
    }
  }
  RollUp out;
  for (const auto& [id, t] : teams) out.teams.push_back(t.Done());
  if (any_without) out.teams.push_back(none.Done());
  out.total = total.Done();
  return out;
}

}  // namespace salesdesk::core::appraisal
