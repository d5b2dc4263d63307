#include "modules/billing/core/dso.h"

#include "modules/billing/core/ratio.h"

namespace salesdesk::core::billing {

std::optional<std::int64_t> DsoTenths(DsoFigures figures, int days) {
  if (figures.credit_sales <= 0 || days <= 0) return std::nullopt;
  const __int128 num = static_cast<__int128>(figures.receivables) * days * 10;
  return static_cast<std::int64_t>(RoundHalfUp(num, figures.credit_sales));
}

std::optional<std::int64_t> GroupDsoTenths(std::span<const DsoFigures> members, int days) {
  DsoFigures sum;
  for (const DsoFigures& m : members) {
    sum.receivables += m.receivables;
    sum.credit_sales += m.credit_sales;
  }
  return DsoTenths(sum, days);
}

bool InDsoWindow(Date date, Date as_of, int days) {
  const std::int64_t back = DaysBetween(date, as_of);
  return back >= 0 && back < days;
}

DsoFigures FiguresAt(std::span<const DsoDocument> documents, Date as_of, int days) {
  DsoFigures f;
  for (const DsoDocument& d : documents) {
    if (d.date > as_of) continue;
    if (!d.credit_note) f.receivables += d.open_base;
    if (InDsoWindow(d.date, as_of, days)) f.credit_sales += d.credit_note ? -d.base : d.base;
  }
  return f;
}

Result<CreditedShares> SplitCredit(std::int64_t gross, std::int64_t paid,
                                   std::span<const Weight> shares) {
  CreditedShares out;
  SD_ASSIGN(out.gross, Allocate(gross, shares, "shares"));
  SD_ASSIGN(out.paid, Allocate(paid, shares, "shares"));
  out.open.resize(out.gross.size());
  for (std::size_t i = 0; i < out.gross.size(); ++i) out.open[i] = out.gross[i] - out.paid[i];
  return out;
}

}  // namespace salesdesk::core::billing
