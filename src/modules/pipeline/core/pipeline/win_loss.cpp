#include "modules/pipeline/core/pipeline/win_loss.h"

#include <algorithm>
#include <map>

#include "core/money/rounding.h"

namespace salesdesk::core::pipeline {
namespace {

std::optional<std::int64_t> Bp(std::int64_t part, std::int64_t whole) {
  if (whole <= 0) return std::nullopt;
  return static_cast<std::int64_t>(DivRoundHalfUp(static_cast<__int128>(part) * 10'000, whole));
}

Result<void> Count(WinLossCell& cell, const ClosedDeal& deal) {
  ++(deal.won ? cell.won_count : cell.lost_count);
  return AddToColumn(deal.won ? cell.won : cell.lost, deal.amount, deal.converted);
}

void Rates(WinLossCell& cell) {
  cell.count_bp = Bp(cell.won_count, cell.won_count + cell.lost_count);
  cell.amount_bp = Bp(cell.won.total.minor, cell.won.total.minor + cell.lost.total.minor);
}

}  // namespace

Result<WinLoss> AnalyseWinLoss(const std::vector<ClosedDeal>& deals, const Currency& company) {
  WinLoss out(company);
  std::map<std::string, WinLossCell> groups;
  std::map<std::string, ReasonRow> reasons;
  for (const ClosedDeal& deal : deals) {
    SD_TRY(Count(out.total, deal));
    for (const std::string& key : deal.groups) {
      auto it = groups.try_emplace(key, company).first;
      SD_TRY(Count(it->second, deal));
    }
    if (!deal.won) {
      const std::string reason = deal.lost_reason.empty() ? "unstated" : deal.lost_reason;
      auto it = reasons.try_emplace(reason, ReasonRow{reason, 0, ColumnSum(company)}).first;
      ++it->second.count;
      SD_TRY(AddToColumn(it->second.sum, deal.amount, deal.converted));
    }
  }
  Rates(out.total);
  for (auto& [key, cell] : groups) {
    Rates(cell);
    out.rows.push_back({key, std::move(cell)});
  }
  std::stable_sort(out.rows.begin(), out.rows.end(), [](const auto& a, const auto& b) {
    return a.cell.won_count + a.cell.lost_count > b.cell.won_count + b.cell.lost_count;
  });
  for (auto& [reason, row] : reasons) out.lost_reasons.push_back(std::move(row));
  std::stable_sort(out.lost_reasons.begin(), out.lost_reasons.end(),
                   [](const auto& a, const auto& b) { return a.count > b.count; });
  return out;
}

}  // namespace salesdesk::core::pipeline
