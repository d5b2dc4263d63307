// D-R1/D-R2: the forecast categories and the cumulative roll-up of a person's opportunities per
// period, in the company currency (docs/forecasts.md). Pure: the caller hands in opportunities
// and a rate lookup.
#pragma once

#include <compare>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/money/decimal.h"
#include "core/money/money.h"
#include "core/result.h"
#include "core/time/date.h"

namespace salesdesk::core::forecasts {

// The category an opportunity is forecast in (D-R1); the stage gives the default.
enum class Category : std::uint8_t { kPipeline, kBestCase, kCommit, kClosed, kOmitted };

// The four cumulative figures of D-R2, each adjusted on its own (D-R3).
enum class Column : std::uint8_t { kClosed, kCommit, kBestCase, kOpenPipeline };
inline constexpr Column kColumns[] = {Column::kClosed, Column::kCommit, Column::kBestCase,
                                      Column::kOpenPipeline};

// Minor units of the company currency.
struct Totals {
  std::int64_t closed = 0;
  std::int64_t commit = 0;         // Commit + Closed
  std::int64_t best_case = 0;      // Best Case + Commit + Closed
  std::int64_t open_pipeline = 0;  // Pipeline + Best Case + Commit

  std::int64_t& at(Column c);
  std::int64_t at(Column c) const;
  bool operator==(const Totals&) const = default;
};

// kOverflow when a sum leaves int64.
Result<Totals> AddTotals(const Totals& a, const Totals& b);

enum class PeriodKind : std::uint8_t { kMonth, kQuarter };

struct Period {
  PeriodKind kind = PeriodKind::kMonth;
  int year = 1970;
  int number = 1;  // month 1..12 or quarter 1..4

  auto operator<=>(const Period&) const = default;
};

Period PeriodOf(Date date, PeriodKind kind);
Date FirstDay(Period period);
Date LastDay(Period period);
std::string PeriodKey(Period period);  // "2026-03", "2026-Q1"

// A person's revenue share of a split deal (C-R2, decision 0071), in basis points.
struct Credit {
  std::int64_t person = 0;
  std::int64_t share_bp = 0;
};

struct Opportunity {
  std::int64_t id = 0;
  std::int64_t owner = 0;
  Date close_date;
  Category category = Category::kPipeline;
  Money amount;
  // The revenue split, in order (summing to 10,000 bp); empty: the owner's 100 %.
  std::vector<Credit> credits;
};

// Company-currency units per unit of `from` on `on` (the dated rate); nullopt when none is known.
using RateLookup = std::function<std::optional<Rate>(const Currency& from, Date on)>;

struct RollupCell {
  std::int64_t owner = 0;
  Period period;
  Totals totals;
};

// An opportunity left out because its currency had no rate for its close date: it is reported,
// never summed at a guessed rate.
struct MissingRate {
  std::int64_t opportunity = 0;
  std::string currency;
  Date on;
};

struct Rollup {
  std::vector<RollupCell> cells;  // by owner, then period; only cells with opportunities
  std::vector<MissingRate> missing_rates;
};

// Each opportunity is converted once, half-up, at the rate of its close date (an amount already in
// the company currency is taken as it is), then added to its owner's period by category — or, for
// a split deal, the converted amount is Allocated by the shares (RULES 0.4; ties to the larger
// share, then the first listed) and each person's part added to theirs. Omitted never counts.
// kOverflow when a total leaves int64.
Result<Rollup> RollUp(std::span<const Opportunity> opportunities, Currency company, PeriodKind kind,
                      const RateLookup& rates);

// One opportunity's contribution to the four figures (amount in company minor units).
Totals Contribution(Category category, std::int64_t amount);

}  // namespace salesdesk::core::forecasts
