#include "modules/billing/core/credit_split.h"

#include <set>
#include <string>

#include "core/money/allocate.h"
#include "modules/billing/core/ratio.h"

namespace salesdesk::core::billing {

Result<void> CheckCreditShares(std::span<const CreditShare> shares) {
  FieldIssues issues;
  std::set<std::int64_t> seen;
  std::int64_t total = 0;
  bool revenue = false;
  for (std::size_t i = 0; i < shares.size(); ++i) {
    const std::string at = "credit_splits/" + std::to_string(i);
    if (shares[i].user_id <= 0) {
      issues.Add(at + "/user_id", Msg("field.not_an_id", {{"field", at + "/user_id"}}));
    } else if (!seen.insert(shares[i].user_id).second) {
      issues.Add(at + "/user_id", Msg("billing.credit_splits_user_twice",
                                      {{"user", std::to_string(shares[i].user_id)}}));
    }
    if (shares[i].share_bp < 1 || shares[i].share_bp > 10'000) {
      issues.Add(
          at + "/share_bp",
          Msg("field.out_of_range", {{"field", at + "/share_bp"}, {"min", "1"}, {"max", "10000"}}));
    }
    if (!shares[i].overlay) {
      total += shares[i].share_bp;
      revenue = true;
    }
  }
  if (revenue && issues.empty() && total != 10'000) {
    issues.Add("credit_splits",
               Msg("billing.credit_splits_total", {{"total_bp", std::to_string(total)}}));
  }
  if (!issues.empty()) return issues.ToError();
  return Ok();
}

Result<std::int64_t> CreditedPart(std::int64_t amount, std::int64_t owner,
                                  std::span<const CreditShare> shares, std::int64_t user) {
  const std::vector<CreditShare> revenue = RevenueShares(shares);
  if (revenue.empty()) return user == owner ? amount : 0;
  std::vector<std::int64_t> weights;
  std::size_t at = revenue.size();
  for (std::size_t i = 0; i < revenue.size(); ++i) {
    weights.push_back(revenue[i].share_bp);
    if (revenue[i].user_id == user) at = i;
  }
  if (at == revenue.size()) return 0;
  SD_ASSIGN(const auto parts, Allocate(amount, weights, "credit_splits"));
  return parts[at];
}

std::int64_t OverlayPart(std::int64_t amount, std::span<const CreditShare> shares,
                         std::int64_t user) {
  for (const auto& s : shares) {
    if (!s.overlay || s.user_id != user) continue;
    // Ties away from zero: a credit note's overlay part mirrors its invoice's.
    return static_cast<std::int64_t>(RoundHalfUp(__int128{amount} * s.share_bp, 10'000));
  }
  return 0;
}

std::vector<CreditShare> RevenueShares(std::span<const CreditShare> shares) {
  std::vector<CreditShare> out;
  for (const auto& s : shares) {
    if (!s.overlay) out.push_back(s);
  }
  return out;
}

}  // namespace salesdesk::core::billing
