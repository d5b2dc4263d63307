#include "modules/forecasts/core/forecast_rollup.h"

#include <cstdio>
#include <map>
#include <utility>

#include "core/money/allocate.h"

namespace salesdesk::core::forecasts {

std::int64_t& Totals::at(Column c) {
  switch (c) {
    case Column::kClosed:
      return closed;
    case Column::kCommit:
      return commit;
    case Column::kBestCase:
      return best_case;
    case Column::kOpenPipeline:
      break;
  }
  return open_pipeline;
}

std::int64_t Totals::at(Column c) const { return const_cast<Totals*>(this)->at(c); }

Result<Totals> AddTotals(const Totals& a, const Totals& b) {
  Totals sum;
  for (Column c : kColumns) {
    if (__builtin_add_overflow(a.at(c), b.at(c), &sum.at(c))) {
      return Error::Make(ErrorCode::kOverflow, Msg("money.result_overflow"));
    }
  }
  return sum;
}

Period PeriodOf(Date date, PeriodKind kind) {
  const CivilDate c = date.Civil();
  return Period{kind, c.year, kind == PeriodKind::kMonth ? c.month : (c.month - 1) / 3 + 1};
}

Date FirstDay(Period p) {
  const int month = p.kind == PeriodKind::kMonth ? p.number : (p.number - 1) * 3 + 1;
  return Date::FromCivil(p.year, month, 1).value();
}

Date LastDay(Period p) {
  const int month = p.kind == PeriodKind::kMonth ? p.number : p.number * 3;
  return Date::FromCivil(p.year, month, DaysInMonth(p.year, month)).value();
}

std::string PeriodKey(Period p) {
  char buf[16];
  if (p.kind == PeriodKind::kMonth) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", p.year, p.number);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-Q%d", p.year, p.number);
  }
  return buf;
}

Totals Contribution(Category category, std::int64_t amount) {
  Totals t;
  switch (category) {
    case Category::kClosed:
      t.closed = t.commit = t.best_case = amount;
      break;
    case Category::kCommit:
      t.commit = t.best_case = t.open_pipeline = amount;
      break;
    case Category::kBestCase:
      t.best_case = t.open_pipeline = amount;
      break;
    case Category::kPipeline:
      t.open_pipeline = amount;
      break;
    case Category::kOmitted:
      break;
  }
  return t;
}

Result<Rollup> RollUp(std::span<const Opportunity> opportunities, Currency company, PeriodKind kind,
                      const RateLookup& rates) {
  std::map<std::pair<std::int64_t, Period>, Totals> cells;
  Rollup out;
  for (const Opportunity& o : opportunities) {
    if (o.category == Category::kOmitted) continue;
    std::int64_t amount = o.amount.minor;
    if (o.amount.currency != company) {
      const std::optional<Rate> rate =
          rates ? rates(o.amount.currency, o.close_date) : std::nullopt;
      if (!rate) {
        out.missing_rates.push_back({o.id, o.amount.currency.code(), o.close_date});
        continue;
      }
      SD_ASSIGN(const Money converted, Convert(o.amount, *rate, company));
      amount = converted.minor;
    }
    const Period period = PeriodOf(o.close_date, kind);
    if (o.credits.empty()) {
      Totals& cell = cells[{o.owner, period}];
      SD_ASSIGN(cell, AddTotals(cell, Contribution(o.category, amount)));
      continue;
    }
    std::vector<std::int64_t> shares;
    for (const Credit& c : o.credits) shares.push_back(c.share_bp);
    SD_ASSIGN(const auto parts, Allocate(amount, shares, "credit_splits"));
    for (std::size_t i = 0; i < parts.size(); ++i) {
      Totals& cell = cells[{o.credits[i].person, period}];
      SD_ASSIGN(cell, AddTotals(cell, Contribution(o.category, parts[i])));
    }
  }
  out.cells.reserve(cells.size());
  for (const auto& [key, totals] : cells) out.cells.push_back({key.first, key.second, totals});
  return out;
}

}  // namespace salesdesk::core::forecasts
