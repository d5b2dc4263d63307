#include "modules/billing/core/dunning.h"

#include <algorithm>
#include <string>

namespace salesdesk::core::billing {
namespace {

Error Negative(std::size_t i, const char* name) {
  const std::string field = "levels/" + std::to_string(i) + "/" + name;
  return Error::Invalid(field, Msg("field.negative", {{"field", field}}));
}

}  // namespace

Result<void> CheckLevels(std::span<const DunningLevel> levels) {
  for (std::size_t i = 0; i < levels.size(); ++i) {
    if (levels[i].min_days_past_due < 0) return Negative(i, "min_days_past_due");
    if (levels[i].min_days_since_previous < 0) return Negative(i, "min_days_since_previous");
    if (levels[i].fee < 0) return Negative(i, "fee");
    if (levels[i].annual_rate.units() < 0) return Negative(i, "annual_rate");
  }
  return Ok();
}

Result<std::vector<LetterProposal>> ProposeDunning(Date run_date,
                                                   std::span<const DunningLevel> levels,
                                                   std::span<const DunnableLine> lines,
                                                   std::int64_t min_overdue_base) {
  SD_TRY(CheckLevels(levels));
  const int top = static_cast<int>(levels.size());
  std::vector<std::int64_t> customers;
  for (const DunnableLine& l : lines) {
    if (std::find(customers.begin(), customers.end(), l.customer) == customers.end()) {
      customers.push_back(l.customer);
    }
  }
  std::vector<LetterProposal> letters;
  for (std::int64_t customer : customers) {
    LetterProposal letter;
    letter.customer = customer;
    bool rose = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const DunnableLine& l = lines[i];
      if (l.customer != customer || l.outstanding <= 0) continue;
      const std::int64_t past_due = DaysBetween(l.due, run_date);
      if (past_due < 1) continue;  // overdue from d >= 1 (E-R4)
      int after = l.level;
      if (l.level < top) {
        const DunningLevel& next = levels[static_cast<std::size_t>(l.level)];
        const bool old_enough = past_due >= next.min_days_past_due;
        const bool rested = l.level == 0 || !l.level_date ||
                            DaysBetween(*l.level_date, run_date) >= next.min_days_since_previous;
        if (old_enough && rested) after = l.level + 1;
      }
      rose = rose || after > l.level;
      letter.lines.push_back(LetterLine{i, l.level, after});
      letter.overdue_base += l.outstanding_base;
      letter.level = std::max(letter.level, after);
    }
    if (!rose || letter.overdue_base < min_overdue_base || letter.level == 0) continue;
    const DunningLevel& level = levels[static_cast<std::size_t>(letter.level - 1)];
    letter.fee = level.fee;
    letter.creates_task = level.creates_task;
    letter.credit_hold = level.credit_hold;
    letters.push_back(std::move(letter));
  }
  return letters;
}

}  // namespace salesdesk::core::billing
