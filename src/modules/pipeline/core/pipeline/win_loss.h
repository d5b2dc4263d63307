// Win/loss analysis (issue 12: "a lost deal records competitor and reason, feeding win/loss
// analysis"): closed deals counted per group — per owner, per competitor met, per source or per
// pipeline — with their win rate by count and by value, and the lost deals by reason. Pure: the
// app layer reads the deals and converts their amounts.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/money/money.h"
#include "core/result.h"
#include "modules/pipeline/core/pipeline/opportunity_rules.h"

namespace salesdesk::core::pipeline {

struct ClosedDeal {
  // The groups it counts in: usually one; a deal met by two competitors counts against both.
  std::vector<std::string> groups;
  bool won = false;
  Money amount;                    // in the deal's own currency
  std::optional<Money> converted;  // in the company currency at its close day's rate, if any
  std::string lost_reason;         // lost deals only; empty when none was recorded
};

struct WinLossCell {
  explicit WinLossCell(Currency company) : won(company), lost(company) {}
  std::int64_t won_count = 0, lost_count = 0;
  ColumnSum won, lost;
  // won ÷ (won + lost) in basis points, rounded half-up once; none with nothing closed. The
  // value rate uses the converted amounts only (unconverted ones are listed, never added).
  std::optional<std::int64_t> count_bp, amount_bp;
};

struct WinLossRow {
  std::string key;
  WinLossCell cell;
};

struct ReasonRow {
  std::string reason;  // "unstated" when a lost deal has none
  std::int64_t count = 0;
  ColumnSum sum;
};

struct WinLoss {
  explicit WinLoss(Currency company) : total(company) {}
  std::vector<WinLossRow> rows;         // most closed deals first, then by key
  WinLossCell total;                    // every deal once, whatever its groups
  std::vector<ReasonRow> lost_reasons;  // most lost deals first
};

Result<WinLoss> AnalyseWinLoss(const std::vector<ClosedDeal>& deals, const Currency& company);

}  // namespace salesdesk::core::pipeline
