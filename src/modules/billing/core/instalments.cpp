#include "modules/billing/core/instalments.h"

#include <string>

namespace salesdesk::core::billing {

Result<Date> DueDate(Date invoice_date, DueRule rule, int days) {
  if (days < 0) {
    return Error::Invalid("days", Msg("field.negative", {{"field", "days"}}));
  }
  Date start = invoice_date;
  if (rule == DueRule::kEndOfMonthPlus) {
    const CivilDate c = invoice_date.Civil();
    SD_ASSIGN(start, Date::FromCivil(c.year, c.month, DaysInMonth(c.year, c.month)));
  }
  return start.AddDays(days);
}

Result<std::vector<PlannedInstalment>> PlanInstalments(std::int64_t gross, Date invoice_date,
                                                       std::span<const TermLine> lines) {
  std::vector<Weight> portions;
  portions.reserve(lines.size());
  for (const TermLine& line : lines) portions.push_back(line.portion);
  auto split = Allocate(gross, portions, "lines");
  if (!split.ok()) {
    Error e = std::move(split).error();
    if (e.field != "lines") e.field += "/portion";  // a bad weight: "lines/<i>/portion"
    return e;
  }
  const std::vector<std::int64_t>& amounts = *split;
  std::vector<PlannedInstalment> out;
  out.reserve(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    auto due = DueDate(invoice_date, lines[i].rule, lines[i].days);
    if (!due.ok()) {
      Error e = std::move(due).error();
      if (e.code == ErrorCode::kInvalidArgument) e.field = "lines/" + std::to_string(i) + "/days";
      return e;
    }
    out.push_back(PlannedInstalment{*due, amounts[i]});
  }
  return out;
}

}  // namespace salesdesk::core::billing
